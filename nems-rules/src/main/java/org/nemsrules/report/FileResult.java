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
 */
public record FileResult(String path, List<String> interactions, List<Finding> findings) {
    public FileResult {
        interactions = List.copyOf(interactions);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
