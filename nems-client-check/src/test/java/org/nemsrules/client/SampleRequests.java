package org.nemsrules.client;

import java.net.URI;
import java.nio.file.Path;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/** Requests from the shipped samples, as a client would send them. */
final class SampleRequests {
    static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    private SampleRequests() {}

    static Interaction first(String sample) {
        return new RecordingReader()
                .read(SAMPLES.resolve(sample), sample)
                .interactions()
                .get(0);
    }

    static SentRequest sent(String sample) {
        Interaction request = first(sample);
        return new SentRequest(
                request.method(),
                URI.create(request.target()),
                request.headers().all().stream()
                        .map(h -> new SentRequest.Field(h.name(), h.value()))
                        .toList(),
                request.body().bytes());
    }
}
