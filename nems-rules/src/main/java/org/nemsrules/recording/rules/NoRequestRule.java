package org.nemsrules.recording.rules;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RecordingRule;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.Recording;

/** A recording that holds no request at all, so nothing in it was checked. */
public final class NoRequestRule implements RecordingRule {
    public static final String ID = "recording.no-request";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Recording holds no request")
            .description("The file could be read but holds no request: it is empty, only comments, or a HAR "
                    + "archive with no entries. A recording that checks nothing is usually a mistake in what "
                    + "was recorded or in the include patterns.")
            .severity(Severity.WARNING)
            .fix("Record at least one request in the file, or exclude it from the run.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Recording recording, FindingSink sink) {
        if (recording.interactions().isEmpty() && recording.problems().isEmpty()) {
            sink.report(0, "", "the file holds no request, so nothing in it was checked");
        }
    }
}
