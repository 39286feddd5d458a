package org.nemsrules.model;

import java.util.Objects;

/**
 * The response recorded after a request in a {@code .http} file (as IntelliJ's history files and the specification's
 * examples show one: a status line, header lines, a blank line, a body). Kept apart from the request so that no
 * request rule ever reads it as body text; rules on responses (R-HTTP-09) can judge it.
 *
 * @param statusCode the status code, e.g. 201
 * @param reason     the reason phrase as recorded (e.g. {@code Created}), empty when there is none
 * @param line       the line of the status line
 * @param headers    the response's header fields
 * @param body       the response's body, possibly empty
 */
public record RecordedResponse(int statusCode, String reason, int line, Headers headers, Body body) {
    public RecordedResponse {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
