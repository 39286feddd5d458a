package org.nemsrules.model;

import java.util.Objects;

/**
 * The response recorded after a request: in a {@code .http} file (as IntelliJ's history files and the
 * specification's examples show one: a status line, header lines, a blank line, a body), or in a HAR entry (the
 * simulator's recordings among them). Kept apart from the request so that no request rule ever reads it as body
 * text; the {@code response.*} rules (R-HTTP-09) judge it.
 *
 * @param statusCode   the status code, e.g. 201
 * @param reason       the reason phrase as recorded (e.g. {@code Created}), empty when there is none
 * @param line         the line of the status line (HAR: of the entry's response object)
 * @param headers      the response's header fields
 * @param body         the response's body, possibly empty
 * @param bodyRecorded whether the recording holds the body: a browser's HAR may give a response's size but not its
 *                     text, and then an empty {@code body} says nothing of what was answered
 */
public record RecordedResponse(
        int statusCode, String reason, int line, Headers headers, Body body, boolean bodyRecorded) {
    public RecordedResponse {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** A response recorded with its body (which may be empty). */
    public RecordedResponse(int statusCode, String reason, int line, Headers headers, Body body) {
        this(statusCode, reason, line, headers, body, true);
    }

    /** Whether the status is a success (2xx). */
    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** Whether the status is an error (4xx or 5xx). */
    public boolean isError() {
        return statusCode >= 400 && statusCode < 600;
    }
}
