package org.nemsrules.criteria;

import java.util.Optional;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An organisation code that does not look like the kind of code the rule type takes. */
public final class OrganizationCodeShapeRule extends CriteriaProblemRule {
    public static final String ID = "criteria.organization-code-shape";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Organization.identifier does not look like the code the rule type takes")
            .description("GP_GP_GP takes a GP practice code, UHV_POSTCODE_LACODE a local authority code, "
                    + "CHO_GP_CCG and CHO_POSTCODE_CCG an ICB sub-location (ex-CCG) code. The requirements give "
                    + "no format for these, and the create page's own example pairs CHO_POSTCODE_CCG with "
                    + "X2458, so only what is certain is flagged: a country code under another rule type, and a "
                    + "value that is no ODS code at all (lower case, punctuation) or, for UHV_POSTCODE_LACODE, "
                    + "neither an ODS nor an ONS code. A warning.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-08")
            .specPage(SpecPages.CREATE)
            .fix("Give the ODS code of the organisation the rule type expects, in capitals; country codes "
                    + "go with COUNTRYCODE.")
            .build();

    public OrganizationCodeShapeRule() {
        super(METADATA, Kind.ORGANIZATION_CODE_SHAPE);
    }

    @Override
    boolean judges(Criteria criteria) {
        // The shape is judged against a rule type NEMS knows (or knew by another name); a missing code, and the
        // value of a COUNTRYCODE one, are criteria.organization-identifier's.
        Optional<RuleType> ruleType = criteria.first(Component.SUBSCRIPTION_RULE_TYPE)
                .map(CriteriaParameter::value)
                .flatMap(code -> RuleType.of(code).or(() -> Optional.ofNullable(RuleType.RENAMED.get(code))));
        return criteria.kind() == SubscriptionKind.GENERIC
                && ruleType.filter(t -> t != RuleType.COUNTRYCODE).isPresent()
                && hasValue(criteria, Component.ORGANIZATION_IDENTIFIER);
    }
}
