package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.recording.ReadProblem;

/** A recording that is not UTF-8 text: another encoding, or binary content. */
public final class InvalidEncodingRule extends ReadProblemRule {
    public static final String ID = ReadProblem.INVALID_ENCODING;

    public InvalidEncodingRule() {
        super(RuleMetadata.builder(ID)
                .title("Recording is not UTF-8 text")
                .description("Recordings are read as UTF-8, the only charset NEMS accepts (R-MIME-05). A file in "
                        + "UTF-16, Latin-1 or another encoding, or one holding binary content, would otherwise be "
                        + "judged on garbled text; the finding names the line of the first offending byte instead. "
                        + "A HAR body written in base64 must decode to UTF-8 too: the finding is then at the line of "
                        + "postData.text, names the offending byte's offset in the decoded body, and that entry's "
                        + "request is not checked.")
                .severity(Severity.ERROR)
                .requirements("R-MIME-05")
                .specPage(SpecPages.GENERAL_GUIDANCE)
                .inferredAnswer(400, "BAD_REQUEST")
                .fix("Save the recording as UTF-8 (without a byte order mark is best).")
                .build());
    }
}
