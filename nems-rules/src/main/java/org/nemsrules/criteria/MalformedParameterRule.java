package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** Criteria parameters that are not {@code name=value}: empty segments, no {@code =}, a second {@code ?}, bad percent escapes, empty values. */
public final class MalformedParameterRule extends CriteriaProblemRule {
    public static final String ID = "criteria.malformed-parameter";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria has a parameter that is not name=value")
            .description("After '/Bundle?' the criteria is a list of name=value parameters separated by '&'. An "
                    + "empty segment ('&&', a trailing '&'), a parameter without '=' or without a name, a "
                    + "second '?' (the 2018 examples wrote 'MessageHeader?event=…'), a '%' that is not a "
                    + "percent escape, and a parameter with nothing after '=' are reported where they are "
                    + "written. NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-11")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Write each parameter as name=value, separated by single '&' characters, with one '?' "
                    + "after /Bundle; give every parameter a value or leave it out.")
            .build();

    public MalformedParameterRule() {
        super(METADATA, Kind.MALFORMED_PARAMETER, Kind.EMPTY_VALUE);
    }
}
