package org.nemsrules.recording;

import java.nio.file.Path;

/**
 * Something wrong with an IDE environment file, reported by {@code recording.environment-file} on that file.
 *
 * @param file    the environment file
 * @param line    1-based line, 0 when unknown (the file as a whole)
 * @param column  1-based column, or {@code null}
 * @param message what is wrong, in words; never a value of a private file
 */
public record EnvironmentFileProblem(Path file, int line, Integer column, String message) {}
