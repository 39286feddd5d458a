package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * {@code GPRegistration} is RegisteredOnly or UnregisteredOnly, and should not be combined with a rule type that
 * already needs a registered GP (R-CRIT-06: "should not", hence a warning).
 */
public final class GpRegistrationCheck {
    public static final List<String> CODES = List.of("RegisteredOnly", "UnregisteredOnly");

    private GpRegistrationCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        List<CriteriaParameter> registrations = criteria.all(Component.GP_REGISTRATION);
        for (CriteriaParameter p : registrations) {
            if (!p.value().isEmpty() && !CODES.contains(p.value())) {
                problems.add(new CriteriaProblem(
                        Kind.GP_REGISTRATION,
                        p.valueOffset(),
                        "R-CRIT-06",
                        "GPRegistration is '" + Echo.of(p.value()) + "'; expected RegisteredOnly or UnregisteredOnly"
                                + Suggestion.didYouMean(p.value(), CODES)));
            }
        }
        Optional<RuleType> ruleType =
                criteria.first(Component.SUBSCRIPTION_RULE_TYPE).flatMap(p -> RuleType.of(p.value()));
        if (!registrations.isEmpty()
                && ruleType.map(RuleType::requiresRegisteredGp).orElse(false)) {
            CriteriaParameter p = registrations.get(0);
            String contradiction =
                    p.value().equals("UnregisteredOnly") ? ", so UnregisteredOnly matches no patient at all" : "";
            problems.add(new CriteriaProblem(
                    Kind.GP_REGISTRATION_REDUNDANT,
                    p.offset(),
                    "R-CRIT-06",
                    "GPRegistration=" + Echo.of(p.value()) + " is combined with subscriptionRuleType="
                            + ruleType.get().name()
                            + ", which already matches only patients with a registered GP" + contradiction
                            + "; leave GPRegistration out with CHO_GP_CCG and GP_GP_GP"));
        }
        return problems;
    }
}
