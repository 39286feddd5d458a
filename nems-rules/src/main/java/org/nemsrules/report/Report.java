package org.nemsrules.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * The outcome of a run: findings per file, in a stable order, and the rules that were run (the
 * SARIF writer describes them). A value: writers render it and decide nothing.
 *
 * @param files the files checked, sorted by path
 * @param rules the metadata of every rule that was run, sorted by id
 * @param notes    what the run could not do and why, said once per run (e.g. the checks a missing supplier
 *                 configuration left out); the text report prints them after its summary
 * @param baseline what a baseline did to the findings, when one was applied ({@code Baseline.apply})
 */
public record Report(
        List<FileResult> files, List<RuleMetadata> rules, List<String> notes, Optional<BaselineSummary> baseline) {
    public Report {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A report with notes, no baseline applied. */
    public Report(List<FileResult> files, List<RuleMetadata> rules, List<String> notes) {
        this(files, rules, notes, Optional.empty());
    }

    /** A report with no notes and no baseline applied. */
    public Report(List<FileResult> files, List<RuleMetadata> rules) {
        this(files, rules, List.of(), Optional.empty());
    }

    /**
     * This report as it may be shown: every piece of free text a writer prints passed through the redactor. That is
     * each finding's message (told its logical path, which says when the message quotes an ASID) and logical path,
     * each request's label (its target may hold an NHS number or a token), each request's trait values (a media type
     * as written), and the notes. File paths are kept, since code scanning and IDEs must find the files; rule metadata is the
     * catalogue's own text. Fingerprints do not change ({@link Finding#fingerprint()}).
     *
     * <pre>{@code
     * report.redacted(Redactor.maskingNhsNumbers(redact))
     * }</pre>
     */
    public Report redacted(Redactor redactor) {
        List<FileResult> shown = files.stream()
                .map(file -> file.withFindings(
                        file.interactions().stream().map(redactor::redact).toList(),
                        file.findings().stream().map(f -> redacted(f, redactor)).toList()))
                .map(file -> file.withTraitValues(redactor::redact))
                .toList();
        return new Report(shown, rules, notes.stream().map(redactor::redact).toList(), baseline);
    }

    private static Finding redacted(Finding f, Redactor redactor) {
        Location at = f.location();
        return new Finding(
                f.ruleId(),
                f.severity(),
                redactor.redact(f.message(), at.path()),
                new Location(at.file(), at.interaction(), at.line(), at.column(), redactor.redact(at.path())),
                f.requirement(),
                f.httpStatus(),
                f.spineCode());
    }

    public Stream<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream());
    }

    public long count(Severity severity) {
        return findings().filter(f -> f.severity() == severity).count();
    }

    public int interactionCount() {
        return files.stream().mapToInt(f -> f.interactions().size()).sum();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
