package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A criteria string that does not start with exactly {@code /Bundle?type=message}. */
public final class PrefixRule extends CriteriaProblemRule {
    public static final String ID = "criteria.prefix";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria does not start with exactly /Bundle?type=message")
            .description("Every criteria string starts with exactly '/Bundle?type=message': a leading '/', the "
                    + "resource Bundle (case-sensitive), '?', then type=message as the first parameter. The "
                    + "2018 asset examples wrote 'Bundle?type=message' without the '/', and clients that build "
                    + "URLs sometimes write an absolute URL; both are reported with what was found. NEMS's "
                    + "answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-01")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Start the criteria with '/Bundle?type=message', then add the other parameters after '&'.")
            .build();

    public PrefixRule() {
        super(METADATA, Kind.PREFIX);
    }
}
