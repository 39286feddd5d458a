package org.nemsrules.report;

import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * The findings for one file.
 *
 * @param path         the file as shown to users, with {@code /} separators
 * @param interactions a label for each request read from the file, in file order
 * @param findings     the findings, ordered by line
 * @param examinedBy   for each request, the ids of the rules that examined it (sorted); empty when not known
 */
public record FileResult(
        String path, List<String> interactions, List<Finding> findings, List<List<String>> examinedBy) {
    public FileResult {
        interactions = List.copyOf(interactions);
        findings = List.copyOf(findings);
        examinedBy = examinedBy.stream().map(List::copyOf).toList();
    }

    /** A result that says nothing of which rules examined its requests. */
    public FileResult(String path, List<String> interactions, List<Finding> findings) {
        this(path, interactions, findings, List.of());
    }

    /** The same file with other findings: what a baseline or redaction makes of it. */
    public FileResult withFindings(List<String> interactions, List<Finding> findings) {
        return new FileResult(path, interactions, findings, examinedBy);
    }

    /** The ids of the rules that examined request {@code interaction}, sorted; none when not known. */
    public List<String> examinedBy(int interaction) {
        return interaction >= 0 && interaction < examinedBy.size() ? examinedBy.get(interaction) : List.of();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
