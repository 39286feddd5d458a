package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Only the components of the table, each at most as often as it may appear (R-CRIT-11). How many events a
 * generic subscription has is {@link EventCountCheck}'s concern; names the parser already reported as malformed
 * are not reported again as unknown.
 */
public final class ParameterCheck {
    private ParameterCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.parameters()) {
            if (Component.named(p.name()).isEmpty()
                    && p.hasEquals()
                    && !p.name().isEmpty()
                    && !p.name().contains("?")) {
                problems.add(new CriteriaProblem(
                        Kind.UNKNOWN_PARAMETER,
                        p.offset(),
                        "R-CRIT-11",
                        "the criteria has the parameter '" + Echo.of(p.name()) + "', which is not a criteria component"
                                + Suggestion.didYouMean(p.name(), Component.names())
                                + " (the components are " + String.join(", ", Component.names()) + ")"));
            }
        }
        for (Component component : Component.values()) {
            List<CriteriaParameter> all = criteria.all(component);
            for (int i = component.maxOccurs(); i < all.size(); i++) {
                problems.add(new CriteriaProblem(
                        Kind.REPEATED_PARAMETER,
                        all.get(i).offset(),
                        "R-CRIT-11",
                        component.parameterName() + " appears " + all.size() + " times; it may appear at most "
                                + (component.maxOccurs() == 1 ? "once" : component.maxOccurs() + " times")
                                + " (" + component.cardinality() + "); remove '"
                                + Echo.of(all.get(i).raw()) + "'"));
            }
        }
        return problems;
    }
}
