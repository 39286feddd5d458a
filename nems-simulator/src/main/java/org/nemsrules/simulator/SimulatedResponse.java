package org.nemsrules.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nemsrules.report.ReasonPhrase;

/** The simulator's answer: status, header fields in order, and the body's bytes (empty for none). */
// The body is copied in and out, and equals/hashCode compare its contents: the array never escapes.
@SuppressWarnings("ArrayRecordComponent")
public record SimulatedResponse(int status, List<HeaderField> headers, byte[] body) {
    public SimulatedResponse {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** The first value of the header {@code name} (names compare without case). */
    public Optional<String> header(String name) {
        return HeaderField.first(headers, name);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text, the only charset the simulator answers in. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The reason phrase of the status, e.g. {@code Created}; empty for a status without a usual phrase. */
    public String reason() {
        return ReasonPhrase.of(status);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedResponse r
                && status == r.status
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return status + " " + reason() + " (" + body.length + " bytes of body)";
    }
}
