package org.nemsrules.subscription;

/**
 * A line and column in the recording (not in the body).
 *
 * @param line   1-based line; 0 when unknown
 * @param column 1-based column, or {@code null} when unknown
 */
public record SourcePosition(int line, Integer column) {}
