package org.nemsrules.subscription;

import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * Turns a position in the body into a position in the recording.
 *
 * @param first  the recording's line on which the body starts; 0 when unknown
 * @param inline whether the body's own lines are not lines of the recording (a HAR keeps the body in
 *               one JSON string; a .http body may come from a file), so every position is the body's first line
 */
record BodyLines(int first, boolean inline) {

    static BodyLines of(Interaction interaction) {
        return new BodyLines(
                interaction.body().line(),
                interaction.origin() == Origin.HAR || !interaction.body().linesAsRecorded());
    }

    /** The recording position of {@code line} and {@code column} in the body; line 0 means the body's start. */
    SourcePosition at(int line, Integer column) {
        if (line <= 0) {
            return new SourcePosition(Math.max(first, 0), null);
        }
        if (inline) {
            return new SourcePosition(Math.max(first, 0), null);
        }
        return first <= 0 ? new SourcePosition(line, column) : new SourcePosition(first + line - 1, column);
    }
}
