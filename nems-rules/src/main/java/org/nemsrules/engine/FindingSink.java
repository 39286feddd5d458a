package org.nemsrules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports what it found. The sink knows the rule, the file and the interaction, so
 * a rule says only where in the recording the fault is and what it is; the severity, the
 * requirement and the predicted answer come from the rule's metadata and the configuration.
 *
 * <p>A sink lists at most {@link NemsValidator#MAX_FINDINGS_PER_RULE} findings and only counts the rest, so a
 * hostile recording (a million {@code &} in a criteria, 200,000 suppressions) costs neither the memory nor the
 * report of findings nobody reads; the validator then adds one finding that says how many were left out.
 */
public final class FindingSink {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final RuleMetadata rule;
    private final Severity severity;
    private final String file;
    private final int interaction;
    private final List<Finding> out;
    private int listed;
    private int unlisted;
    private @Nullable Location firstUnlisted;
    private @Nullable String firstUnlistedRequirement;
    private boolean examined;

    FindingSink(RuleMetadata rule, Severity severity, String file, int interaction, List<Finding> out) {
        this.rule = rule;
        this.severity = severity;
        this.file = file;
        this.interaction = interaction;
        this.out = out;
    }

    /**
     * Says that the rule judged this request against its requirements: the request is one it applies to, and it
     * looked. A rule calls it once it is past its "does this concern me" checks, whether or not it then finds a
     * fault, so that a clean request can count as demonstrating the requirements (the requirement coverage report).
     * A rule that reports a finding has examined the request too. A rule whose metadata says
     * {@link RuleMetadata#reportsExamination()} must call it, or it demonstrates nothing.
     */
    public void examined() {
        examined = true;
    }

    /** Whether the rule examined the request: said so, or reported a finding. */
    boolean examinedOrReported() {
        return examined || listed > 0 || unlisted > 0;
    }

    /** Reports a fault at {@code line} (0 when unknown), with a logical path such as {@code jwt.claims.scope}. */
    public void report(int line, String path, String message) {
        report(line, null, path, message);
    }

    /** Reports a fault at a line and column (either unknown as 0 / {@code null}), citing the rule's first requirement. */
    public void report(int line, @Nullable Integer column, String path, String message) {
        report(line, column, path, defaultRequirement(), message);
    }

    /** Reports a fault with a column and the specific requirement it breaks. */
    public void report(int line, @Nullable Integer column, String path, String requirement, String message) {
        Objects.requireNonNull(message, "message");
        report(line, column, path, requirement, () -> message);
    }

    /**
     * Reports a fault whose message costs something to build (a search for the nearest rule id): it is built
     * only when the finding is listed, not when the sink merely counts it.
     */
    public void report(int line, String path, Supplier<String> message) {
        report(line, null, path, defaultRequirement(), message);
    }

    private void report(int line, @Nullable Integer column, String path, String requirement, Supplier<String> message) {
        Location location = new Location(file, interaction, line, column, path);
        if (listed == NemsValidator.MAX_FINDINGS_PER_RULE) {
            if (unlisted++ == 0) {
                firstUnlisted = location;
                firstUnlistedRequirement = requirement;
            }
            return;
        }
        String text = Echo.message(Objects.requireNonNull(message.get(), "message"));
        out.add(new Finding(
                rule.id(), severity, oneLine(text), location, requirement, rule.httpStatus(), rule.spineCode()));
        listed++;
    }

    /**
     * The finding that stands for those this sink counted but did not list, at the first of them; {@code scope}
     * is what the cap was for ("request", "file").
     */
    Optional<Finding> unlisted(String scope) {
        Location at = firstUnlisted;
        String requirement = firstUnlistedRequirement;
        if (unlisted == 0 || at == null || requirement == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                rule.id(),
                severity,
                String.format(
                        "%,d more findings of %s in this %s are not "
                                + "listed (at most %d are); fix those above and check again",
                        unlisted, rule.id(), scope, NemsValidator.MAX_FINDINGS_PER_RULE),
                at,
                requirement,
                rule.httpStatus(),
                rule.spineCode()));
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
