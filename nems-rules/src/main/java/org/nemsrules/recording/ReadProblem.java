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
public record ReadProblem(String ruleId, int line, Integer column, String message) {
    // The ids of the rules that report read problems, named here because readers and rules meet on them: a reader
    // records a problem under the id, and the rule (in recording.rules, which readers do not see) reports it.
    public static final String ENVIRONMENT_FILE = "recording.environment-file";
    public static final String INVALID_ENCODING = "recording.invalid-encoding";
    public static final String MALFORMED_HAR = "recording.malformed-har";
    public static final String MALFORMED_HEADER = "recording.malformed-header";
    public static final String MALFORMED_REQUEST_LINE = "recording.malformed-request-line";
    public static final String UNREADABLE_FILE = "recording.unreadable-file";
    public static final String UNRESOLVED_VARIABLE = "recording.unresolved-variable";
}
