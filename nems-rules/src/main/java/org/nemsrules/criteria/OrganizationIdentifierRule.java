package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** {@code Organization.identifier} missing on a generic subscription, present on an explicit one, or not a listed country code for COUNTRYCODE. */
public final class OrganizationIdentifierRule extends CriteriaProblemRule {
    public static final String ID = "criteria.organization-identifier";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Organization.identifier is missing, misplaced, or not a country code for COUNTRYCODE")
            .description("Organization.identifier names the organisation a generic subscription's rule matches. "
                    + "The component table gives it 0..1 for generic subscriptions but the text says it is "
                    + "required; the validator follows the text and quotes both (ambiguity 10). It is 0..0 on "
                    + "explicit subscriptions. With COUNTRYCODE it is exactly one of E92000001 (England), "
                    + "W92000004 (Wales), S92000003 (Scotland), N92000002 (Northern Ireland), L93000001 "
                    + "(Channel Islands) and M83000003 (Isle of Man). NEMS's answer is inferred: 422 "
                    + "INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-08")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("On a generic subscription give Organization.identifier with the code the rule type "
                    + "takes; on an explicit one leave it out.")
            .build();

    public OrganizationIdentifierRule() {
        super(METADATA, Kind.ORGANIZATION_IDENTIFIER);
    }

    @Override
    boolean judges(Criteria criteria) {
        // It is required on a generic subscription and not allowed on an explicit one; a criteria that is neither
        // or both is criteria.subscription-kind's.
        SubscriptionKind kind = criteria.kind();
        return kind == SubscriptionKind.EXPLICIT || kind == SubscriptionKind.GENERIC;
    }
}
