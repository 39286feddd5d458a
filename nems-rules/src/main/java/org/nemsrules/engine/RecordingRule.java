package org.nemsrules.engine;

import org.nemsrules.recording.Recording;

/** A rule that judges a recording file as a whole, e.g. whether it could be read at all. */
public non-sealed interface RecordingRule extends Rule {
    void check(Recording recording, FindingSink sink);
}
