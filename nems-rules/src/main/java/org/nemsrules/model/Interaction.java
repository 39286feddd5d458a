package org.nemsrules.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded request to the Subscription API: immutable, with the position of each part in
 * its source so that every finding can name a line.
 *
 * @param file        the source as it is shown to users (a path relative to where the run started)
 * @param index       0-based position of this request within its file
 * @param origin      what kind of recording it came from
 * @param method      the HTTP method exactly as recorded (methods are case-sensitive)
 * @param target      the request target as recorded: absolute URL or origin-form path; empty for a bare resource
 * @param line        line of the request line (HAR: of the entry's request object)
 * @param headers     header fields in recorded order
 * @param body        the body, possibly empty
 * @param suppressions the inline suppressions written in the comments right before the request line
 * @param response    the response recorded after the request, when the recording holds one
 */
public record Interaction(
        String file,
        int index,
        Origin origin,
        String method,
        String target,
        int line,
        Headers headers,
        Body body,
        List<Suppression> suppressions,
        Optional<RecordedResponse> response) {

    public Interaction {
        suppressions = List.copyOf(suppressions);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** The label of a request read from a bare resource file, which is read as a create. */
    public static final String BARE_RESOURCE_LABEL = "Subscription resource";

    /** A request without a recorded response. */
    public Interaction(
            String file,
            int index,
            Origin origin,
            String method,
            String target,
            int line,
            Headers headers,
            Body body,
            List<Suppression> suppressions) {
        this(file, index, origin, method, target, line, headers, body, suppressions, Optional.empty());
    }

    /** A request with no inline suppression: every recording but an annotated {@code .http} file. */
    public Interaction(
            String file, int index, Origin origin, String method, String target, int line, Headers headers, Body body) {
        this(file, index, origin, method, target, line, headers, body, List.of());
    }

    public InteractionKind kind() {
        return InteractionClassification.of(this).kind();
    }

    /** A short human label, e.g. {@code POST /STU3/Subscription (line 4)}. */
    public String label() {
        if (!origin.hasHttpEnvelope()) {
            return BARE_RESOURCE_LABEL;
        }
        return method + " " + target + (line > 0 ? " (line " + line + ")" : "");
    }
}
