package org.nemsrules.recording;

import java.nio.file.Path;

/**
 * A directory a scan could not look into, so the recordings it may hold are unknown: it is reported, never skipped.
 *
 * @param path   the directory, spelled as the paths the user gave
 * @param reason why, in words: "permission denied"
 */
public record UnreadableDirectory(Path path, String reason) {}
