package org.nemsrules.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(lower))
                .map(HeaderField::value)
                .findFirst();
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
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            default -> "";
        };
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
