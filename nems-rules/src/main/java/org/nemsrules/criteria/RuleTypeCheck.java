package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/** {@code subscriptionRuleType} is one of the five rule types; an old name gets its new one (R-CRIT-07, ambiguity 21). */
public final class RuleTypeCheck {
    private RuleTypeCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.SUBSCRIPTION_RULE_TYPE)) {
            String value = p.value();
            if (value.isEmpty() || RuleType.of(value).isPresent()) {
                continue;
            }
            String expected = "; expected one of " + String.join(", ", RuleType.codes());
            RuleType renamed = RuleType.RENAMED.get(value);
            String message = renamed != null
                    ? "subscriptionRuleType '" + Echo.of(value) + "' was renamed to " + renamed.name()
                            + " (release notes); "
                            + "write subscriptionRuleType=" + renamed.name()
                    : "subscriptionRuleType is '" + Echo.of(value) + "'" + expected
                            + Suggestion.didYouMean(value, RuleType.codes());
            problems.add(new CriteriaProblem(Kind.RULE_TYPE, p.valueOffset(), "R-CRIT-07", message));
        }
        return problems;
    }
}
