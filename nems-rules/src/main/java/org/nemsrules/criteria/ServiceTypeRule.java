package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code serviceType} outside GP, CHO, UHV, EPCHR. */
public final class ServiceTypeRule extends CriteriaProblemRule {
    public static final String ID = "criteria.service-type";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("serviceType is not GP, CHO, UHV or EPCHR")
            .description("serviceType (0..1) is one of GP (GP practice services), CHO (child health organisation), "
                    + "UHV (health visitor) and EPCHR (electronic personal child health record), matched "
                    + "case-sensitively. NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-02")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Write serviceType=GP, CHO, UHV or EPCHR, or leave serviceType out.")
            .build();

    public ServiceTypeRule() {
        super(METADATA, Kind.SERVICE_TYPE);
    }

    @Override
    boolean judges(Criteria criteria) {
        // serviceType is optional; without one there is nothing to judge.
        return hasValue(criteria, Component.SERVICE_TYPE);
    }
}
