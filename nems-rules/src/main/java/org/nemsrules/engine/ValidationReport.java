package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.nemsrules.model.Interaction;
import org.nemsrules.report.PrintableText;
import org.nemsrules.report.Redactor;

/**
 * What validating requests built in code found: the findings, in the order of the requests and then of their
 * lines, the requests themselves, and the notes of the run (checks the validator could not make). A value:
 * immutable, thread-safe, and nothing in it throws for an invalid request. Filtering gives a new report over the
 * same requests.
 *
 * <pre>{@code
 * ValidationReport report = NemsValidator.builder().build().validateRequest(httpRequest);
 * if (!report.isValid()) {                        // an error: NEMS would refuse the request
 *     System.out.println(report.describe());      // "request:5: error jwt.scope-value ..." per finding
 * }
 * List<Finding> tokenWarnings = report.forRule("jwt.*").withSeverity(Severity.WARNING).findings();
 * }</pre>
 */
public final class ValidationReport {
    private final List<Interaction> requests;
    private final List<Finding> findings;
    private final List<String> notes;

    /**
     * @param requests the requests validated, in order
     * @param findings what was found in them, ordered by request and then by line
     * @param notes    what the validator could not check, said once (e.g. the checks a missing supplier
     *                 configuration left out)
     */
    public ValidationReport(List<Interaction> requests, List<Finding> findings, List<String> notes) {
        this.requests = List.copyOf(requests);
        this.findings = List.copyOf(findings);
        this.notes = List.copyOf(notes);
    }

    public List<Interaction> requests() {
        return requests;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<String> notes() {
        return notes;
    }

    /**
     * Whether no finding is an error: the requests are what the NEMS Subscription API accepts, as far as the
     * rules can tell. Warnings and information do not make a request invalid.
     */
    public boolean isValid() {
        return !hasFindingsAtLeast(Severity.ERROR);
    }

    /** Whether nothing at all was found, not even information. */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** The errors: what NEMS would refuse the request for. */
    public List<Finding> errors() {
        return withSeverity(Severity.ERROR).findings();
    }

    public List<Finding> warnings() {
        return withSeverity(Severity.WARNING).findings();
    }

    /** The findings of exactly this severity. */
    public ValidationReport withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return filter(f -> f.severity() == severity);
    }

    /** The findings at least as serious as {@code threshold}: {@code atLeast(WARNING)} keeps errors and warnings. */
    public ValidationReport atLeast(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return filter(f -> f.severity().isAtLeast(threshold));
    }

    /**
     * The findings of one rule ({@code jwt.scope-value}) or of a category ({@code jwt.*}), selected as
     * configuration and suppressions select them.
     */
    public ValidationReport forRule(String selector) {
        Objects.requireNonNull(selector, "selector");
        if (selector.endsWith(".*")) {
            String category = selector.substring(0, selector.length() - 1);
            return filter(f -> f.ruleId().startsWith(category));
        }
        return filter(f -> f.ruleId().equals(selector));
    }

    /** Whether a rule ({@code jwt.scope-value}) or a category ({@code jwt.*}) found anything. */
    public boolean hasFinding(String selector) {
        return !forRule(selector).isEmpty();
    }

    /** The findings that match; the requests and notes are kept. */
    public ValidationReport filter(Predicate<? super Finding> keep) {
        return new ValidationReport(requests, findings.stream().filter(keep).toList(), notes);
    }

    /** The ids of the rules that found something, each once, sorted. */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    /** This report followed by another: both requests, both findings, the notes of both once. */
    public ValidationReport merge(ValidationReport other) {
        return new ValidationReport(
                concat(requests, other.requests),
                concat(findings, other.findings),
                Stream.concat(notes.stream(), other.notes.stream()).distinct().toList());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * The findings as the text report writes them, grouped by the file (or request name) they are in, each as
     * {@code file:line: severity rule-id message [requirement]}; then a summary line
     * ({@code 1 request: 2 errors, 0 warnings, 0 infos}) and the notes.
     */
    public String describe() {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.location().file(), file -> new ArrayList<>())
                    .add(f);
        }
        StringBuilder out = new StringBuilder();
        byFile.forEach((file, found) -> {
            out.append(PrintableText.escape(file)).append('\n');
            found.forEach(f -> out.append("  ").append(line(f)).append('\n'));
        });
        out.append(plural(requests.size(), "request"))
                .append(": ")
                .append(plural(count(Severity.ERROR), "error"))
                .append(", ")
                .append(plural(count(Severity.WARNING), "warning"))
                .append(", ")
                .append(plural(count(Severity.INFO), "info"))
                .append('\n');
        notes.forEach(note -> out.append("note: ").append(printable(note)).append('\n'));
        return out.toString();
    }

    /**
     * One finding as the text report writes it: {@code file:line: severity rule-id message [requirement]}. A
     * credential the message quotes is cut ({@link Redactor}); NHS numbers are kept, as the requests are the
     * caller's own, built in code.
     */
    public static String line(Finding f) {
        return printable(f.location().fileAndLine()) + ": " + f.severity().label() + " " + f.ruleId() + " "
                + printable(Redactor.KEEP_NHS_NUMBERS.redact(
                        f.message(), f.location().path()))
                + (f.requirement().isEmpty() ? "" : " [" + printable(f.requirement()) + "]");
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport other
                && requests.equals(other.requests)
                && findings.equals(other.findings)
                && notes.equals(other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requests, findings, notes);
    }

    /**
     * Messages quote what was sent, which may hold control characters: shown as escapes, so that none starts a line
     * of its own in a test log or reaches the user's terminal.
     */
    private static String printable(String text) {
        return PrintableText.escape(text);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
