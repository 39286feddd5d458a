package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code tag} with characters outside letters, digits, {@code - _ | ,}, or longer than 100 characters. */
public final class TagRule extends CriteriaProblemRule {
    public static final String ID = "criteria.tag";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("tag has a character that is not allowed, or is longer than 100 characters")
            .description("The tag (0..1) is passed back with delivered events. It holds only the letters A-Z and "
                    + "a-z, the digits 0-9, '-', '_', '|' and ',', and at most 100 characters. The first "
                    + "character outside the set is reported, at its column. NEMS's answer is inferred: 422 "
                    + "INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-09")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Keep the tag to letters, digits, '-', '_', '|' and ',', at most 100 characters.")
            .build();

    public TagRule() {
        super(METADATA, Kind.TAG);
    }

    @Override
    boolean judges(Criteria criteria) {
        // The tag is optional; without one there is nothing to judge.
        return hasValue(criteria, Component.TAG);
    }
}
