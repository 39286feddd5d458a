package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/** {@code serviceType} is one of GP, CHO, UHV, EPCHR (R-CRIT-02). */
public final class ServiceTypeCheck {
    /** The service types and what they stand for, as the create page lists them. */
    public static final List<String> CODES = List.of("GP", "CHO", "UHV", "EPCHR");

    private ServiceTypeCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.SERVICE_TYPE)) {
            if (!p.value().isEmpty() && !CODES.contains(p.value())) {
                problems.add(new CriteriaProblem(
                        Kind.SERVICE_TYPE,
                        p.valueOffset(),
                        "R-CRIT-02",
                        "serviceType is '" + Echo.of(p.value())
                                + "'; expected one of GP (GP practice services), CHO (child "
                                + "health organisation), UHV (health visitor), EPCHR (electronic personal child health "
                                + "record)" + Suggestion.didYouMean(p.value(), CODES)));
            }
        }
        return problems;
    }
}
