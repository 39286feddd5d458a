package org.nemsrules.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;

/**
 * One request an adapter checked: as the rules saw it, what they found, and the file it was recorded in when the
 * check records.
 *
 * @param test      the test that sent it ({@code Class.method}), when a {@link NemsRequestsExtension} knew it
 * @param recording the {@code .http} file written, in record mode
 */
public record CheckedRequest(
        Interaction request, List<Finding> findings, Optional<String> test, Optional<Path> recording) {
    public CheckedRequest {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
