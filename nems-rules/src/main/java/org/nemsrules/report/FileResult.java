package org.nemsrules.report;

import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.Trait;

/**
 * The findings for one file.
 *
 * @param path         the file as shown to users, with {@code /} separators
 * @param interactions a label for each request read from the file, in file order
 * @param findings     the findings, ordered by line
 * @param examinedBy   for each request, the ids of the rules that examined it (sorted); empty when not known
 * @param traits       for each request, what it exercises (its interaction, format, media types…); empty when not
 *                     known
 */
public record FileResult(
        String path,
        List<String> interactions,
        List<Finding> findings,
        List<List<String>> examinedBy,
        List<List<Trait>> traits) {
    public FileResult {
        interactions = List.copyOf(interactions);
        findings = List.copyOf(findings);
        examinedBy = examinedBy.stream().map(List::copyOf).toList();
        traits = traits.stream().map(List::copyOf).toList();
    }

    /** A result that says nothing of what its requests exercise. */
    public FileResult(String path, List<String> interactions, List<Finding> findings, List<List<String>> examinedBy) {
        this(path, interactions, findings, examinedBy, List.of());
    }

    /** A result that says nothing of which rules examined its requests. */
    public FileResult(String path, List<String> interactions, List<Finding> findings) {
        this(path, interactions, findings, List.of());
    }

    /** The same file with other findings: what a baseline or redaction makes of it. */
    public FileResult withFindings(List<String> interactions, List<Finding> findings) {
        return new FileResult(path, interactions, findings, examinedBy, traits);
    }

    /** The same file with its traits' values made other: what redaction makes of them. */
    public FileResult withTraitValues(java.util.function.UnaryOperator<String> value) {
        return new FileResult(
                path,
                interactions,
                findings,
                examinedBy,
                traits.stream()
                        .map(request -> request.stream()
                                .map(t -> new Trait(t.dimension(), value.apply(t.value())))
                                .toList())
                        .toList());
    }

    /** What request {@code interaction} exercises; nothing when not known. */
    public List<Trait> traits(int interaction) {
        return interaction >= 0 && interaction < traits.size() ? traits.get(interaction) : List.of();
    }

    /** The ids of the rules that examined request {@code interaction}, sorted; none when not known. */
    public List<String> examinedBy(int interaction) {
        return interaction >= 0 && interaction < examinedBy.size() ? examinedBy.get(interaction) : List.of();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
