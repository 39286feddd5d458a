package org.nemsrules.criteria;

import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;

/** Exactly one of explicit ({@code Patient.identifier}) and generic ({@code subscriptionRuleType}) (R-CRIT-10). */
public final class ClassificationCheck {
    private ClassificationCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        return switch (criteria.kind()) {
            case EXPLICIT, GENERIC -> List.of();
            case NEITHER ->
                List.of(
                        new CriteriaProblem(
                                Kind.SUBSCRIPTION_KIND,
                                0,
                                "R-CRIT-10",
                                "the criteria is neither explicit (no Patient.identifier) nor generic (no subscriptionRuleType)"
                                        + (criteria.has(Component.ORGANIZATION_IDENTIFIER)
                                                ? "; it has Organization.identifier, as a generic subscription does: add "
                                                        + "subscriptionRuleType (e.g. CHO_POSTCODE_CCG)"
                                                : "; add Patient.identifier=http://fhir.nhs.net/Id/nhs-number|<NHS number> for one "
                                                        + "patient, or subscriptionRuleType and Organization.identifier for a rule")));
            case BOTH -> {
                CriteriaParameter later = later(
                        criteria.first(Component.PATIENT_IDENTIFIER).orElseThrow(),
                        criteria.first(Component.SUBSCRIPTION_RULE_TYPE).orElseThrow());
                yield List.of(new CriteriaProblem(
                        Kind.SUBSCRIPTION_KIND,
                        later.offset(),
                        "R-CRIT-10",
                        "the criteria is both explicit (Patient.identifier) and generic (subscriptionRuleType); "
                                + "expected exactly one: drop subscriptionRuleType (and Organization.identifier) for one "
                                + "patient, or Patient.identifier for a rule-based subscription"));
            }
        };
    }

    private static CriteriaParameter later(CriteriaParameter a, CriteriaParameter b) {
        return a.offset() > b.offset() ? a : b;
    }
}
