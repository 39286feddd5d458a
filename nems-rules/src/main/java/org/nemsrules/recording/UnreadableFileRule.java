package org.nemsrules.recording;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/** A recording that cannot be read at all: missing permission, an I/O error, or far too large. */
public final class UnreadableFileRule extends ReadProblemRule {
    public static final String ID = "recording.unreadable-file";

    public UnreadableFileRule() {
        super(RuleMetadata.builder(ID)
                .title("Recording file cannot be read")
                .description("The file could not be read: the operating system refused it, it vanished while the "
                        + "run was going on, or it is larger than the bound on one recording (10 MB by default), "
                        + "which keeps a run's memory use bounded. Nothing else in the file is checked.")
                .severity(Severity.ERROR)
                .fix("Make the file readable, or split a very large recording into one file per request.")
                .build());
    }
}
