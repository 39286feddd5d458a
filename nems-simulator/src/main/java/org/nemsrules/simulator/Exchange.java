package org.nemsrules.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * One request the simulator received and what it answered.
 *
 * @param sequence  1 for the simulator's first request, then 2, 3…
 * @param received  when it came, by the simulator's clock
 * @param findings  what {@code NemsValidator} found in the request: the same as {@code nems-check} finds in a
 *                  recording of it
 * @param recording the file the exchange was recorded in, when the simulator records
 */
public record Exchange(
        long sequence,
        Instant received,
        SimulatedRequest request,
        SimulatedResponse response,
        List<Finding> findings,
        Optional<java.nio.file.Path> recording) {
    public Exchange {
        findings = List.copyOf(findings);
    }

    /** Whether the validator found an error in the request. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
