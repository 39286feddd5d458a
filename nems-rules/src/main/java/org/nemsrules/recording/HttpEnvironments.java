package org.nemsrules.recording;

import java.nio.file.Path;

/** Finds the IDE environment a {@code .http} recording is read with. */
@FunctionalInterface
public interface HttpEnvironments {
    /** No environment for any recording. */
    HttpEnvironments NONE = recording -> HttpEnvironment.none();

    /** The environment for the recording at this path (a file, possibly a pipe). */
    HttpEnvironment forRecording(Path recording);
}
