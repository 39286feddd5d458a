package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.recording.ReadProblem;

/** A header line in a {@code .http} file that is not {@code Name: value}. */
public final class MalformedHeaderRule extends ReadProblemRule {
    public static final String ID = ReadProblem.MALFORMED_HEADER;

    public MalformedHeaderRule() {
        super(RuleMetadata.builder(ID)
                .title("Header line is not Name: value")
                .description("Between the request line and the first blank line every line is a header field, "
                        + "'Name: value', with a name of letters, digits and the HTTP token characters. A line "
                        + "without a colon, a name with spaces, or a folded continuation line cannot be read as a "
                        + "header; it is left out, so rules about that header may also report it missing. A body "
                        + "must be separated from the headers by one blank line.")
                .severity(Severity.ERROR)
                .requirements("R-HDR-09")
                .specPage(SpecPages.HTTP_MESSAGE)
                .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
                .fix("Write each header on one line as 'Name: value', and leave one blank line before the body.")
                .build());
    }
}
