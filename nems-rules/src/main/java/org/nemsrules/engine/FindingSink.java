package org.nemsrules.engine;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a rule reports what it found. The sink knows the rule, the file and the interaction, so
 * a rule says only where in the recording the fault is and what it is; the severity, the
 * requirement and the predicted answer come from the rule's metadata and the configuration.
 */
public final class FindingSink {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final RuleMetadata rule;
    private final Severity severity;
    private final String file;
    private final int interaction;
    private final List<Finding> out;

    FindingSink(RuleMetadata rule, Severity severity, String file, int interaction, List<Finding> out) {
        this.rule = rule;
        this.severity = severity;
        this.file = file;
        this.interaction = interaction;
        this.out = out;
    }

    /** Reports a fault at {@code line} (0 when unknown), with a logical path such as {@code jwt.claims.scope}. */
    public void report(int line, String path, String message) {
        report(line, null, path, message);
    }

    /** Reports a fault at a line and column (either unknown as 0 / {@code null}), citing the rule's first requirement. */
    public void report(int line, Integer column, String path, String message) {
        report(line, column, path, defaultRequirement(), message);
    }

    /** Reports a fault with a column and the specific requirement it breaks. */
    public void report(int line, Integer column, String path, String requirement, String message) {
        Objects.requireNonNull(message, "message");
        out.add(new Finding(rule.id(), severity, oneLine(message), new Location(file, interaction, line, column, path),
                requirement, rule.httpStatus(), rule.spineCode()));
    }

    /**
     * The message on one line. Messages quote what a recording holds and what parsers say, and either may
     * hold line breaks (a HAR header value, Jackson's "at [Source: ...]" suffix); a finding is one line in
     * every report format.
     */
    static String oneLine(String message) {
        return LINE_BREAKS.matcher(message).replaceAll(" ");
    }

    private String defaultRequirement() {
        return rule.requirements().isEmpty() ? "" : rule.requirements().get(0);
    }
}
