package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.ReadProblem;

/**
 * A recording that cannot be read at all: missing permission, an I/O error, far too large, not a file, or a pipe that
 * stays silent. A directory that cannot be read is reported by this rule too, on the directory: the cause and the fix
 * are the same (permissions), and a severity or suppression a user set for unreadable files should cover it. A rule of
 * its own could have no sample either, since git keeps no directory permissions.
 */
public final class UnreadableFileRule extends ReadProblemRule {
    public static final String ID = ReadProblem.UNREADABLE_FILE;

    public UnreadableFileRule() {
        super(RuleMetadata.builder(ID)
                .title("Recording file or directory cannot be read")
                .description("The file could not be read: the operating system refused it, it vanished while the "
                        + "run was going on, it is larger than the bound on one recording (10 MB by default, which "
                        + "keeps a run's memory use bounded; the bound holds while reading, so a file that grows or a "
                        + "pipe that never ends is read no further), it is not a file at all (a directory, a device "
                        + "such as /dev/zero or a terminal, a socket), or it is a pipe that stayed silent for 10 "
                        + "seconds (no program opened it to write, or the one that did sent nothing more). Nothing "
                        + "else in the file is checked. A directory that could not be read, named or met while "
                        + "walking, is reported on the directory: the recordings it may hold were not checked.")
                .severity(Severity.ERROR)
                .fix("Make the file readable (a directory readable and searchable), split a very large recording "
                        + "into one file per request, name files rather than devices, and have the program that feeds "
                        + "a pipe write to it.")
                .build());
    }
}
