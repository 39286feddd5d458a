package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A criteria string whose parameters are separated by a literal {@code &amp;} after decoding. */
@SuppressWarnings("EscapedEntity") // the javadoc means the text &amp; itself, as XML writes an ampersand
public final class EscapedAmpersandRule extends CriteriaProblemRule {
    public static final String ID = "criteria.escaped-ampersand";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria separates parameters with a literal '&amp;'")
            .description("In XML the separators are written '&amp;', which the XML parser turns into '&'. In JSON "
                    + "they are a raw '&'. A criteria string that still holds '&amp;' after parsing was escaped "
                    + "twice in XML, or copied from an XML example into JSON; NEMS would read parameters named "
                    + "'amp;…'. The validator takes '&amp;' as the separator that was meant so that the other "
                    + "rules can judge the parameters, and reports it once. NEMS's answer is inferred: 422 "
                    + "INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-11")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("In JSON, separate the parameters with a plain '&'; in XML, write '&amp;' once (not "
                    + "'&amp;amp;').")
            .build();

    public EscapedAmpersandRule() {
        super(METADATA, Kind.ESCAPED_AMPERSAND);
    }
}
