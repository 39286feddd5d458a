package org.nemsrules.recording;

/**
 * Something a reader could not make sense of. Readers never throw for bad content: they record
 * a problem, and the {@code recording.*} rule with that id turns it into a finding.
 *
 * @param ruleId  the id of the recording rule that reports it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, or {@code null}
 * @param message what is wrong and what was expected
 */
public record ReadProblem(String ruleId, int line, Integer column, String message) {}
