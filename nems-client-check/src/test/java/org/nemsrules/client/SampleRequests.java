package org.nemsrules.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/**
 * Requests from the shipped samples, as a client would send them, and how the adapters' tests compare findings.
 * Shared with every adapter module's tests through this module's test jar.
 */
public final class SampleRequests {
    public static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    /** A valid explicit create in XML. */
    public static final String VALID = "valid/create-explicit.http";

    /** A create whose criteria name an event NEMS does not have: one error, criteria.event-code. */
    public static final String UNKNOWN_EVENT = "invalid/criteria-event-person-death.http";

    private SampleRequests() {}

    /** The sample's first request. */
    public static Interaction first(String sample) {
        return new RecordingReader()
                .read(SAMPLES.resolve(sample), sample)
                .interactions()
                .get(0);
    }

    /** The sample's first request as an adapter captures it. */
    public static SentRequest sent(String sample) {
        Interaction request = first(sample);
        return new SentRequest(
                request.method(),
                URI.create(request.target()),
                request.headers().all().stream()
                        .map(h -> new SentRequest.Field(h.name(), h.value()))
                        .toList(),
                request.body().bytes());
    }

    /** The errors among {@code findings}. */
    public static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Findings as a live check and a check of its recording must both give them: rule, severity, line, message. */
    public static List<String> comparable(List<Finding> findings) {
        return findings.stream()
                .map(f ->
                        f.ruleId() + " | " + f.severity() + " | " + f.location().line() + " | " + f.message())
                .toList();
    }
}
