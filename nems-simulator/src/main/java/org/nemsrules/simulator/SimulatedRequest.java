package org.nemsrules.simulator;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as a client sent it to the simulator: the method as sent, the absolute URI it was sent to, the header
 * fields in the order they came, and the body's bytes as they came (not decoded, not re-encoded).
 *
 * @param clientCertificate the subject of the client's TLS certificate, when the connection had one
 */
// The body is copied in and out, and equals/hashCode compare its contents: the array never escapes.
@SuppressWarnings("ArrayRecordComponent")
public record SimulatedRequest(
        String method, URI uri, List<HeaderField> headers, byte[] body, Optional<String> clientCertificate) {
    public SimulatedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        body = body.clone();
        Objects.requireNonNull(clientCertificate, "clientCertificate");
    }

    public SimulatedRequest(String method, URI uri, List<HeaderField> headers, byte[] body) {
        this(method, uri, headers, body, Optional.empty());
    }

    /** The first value of the header {@code name} (names compare without case). */
    public Optional<String> header(String name) {
        return HeaderField.first(headers, name);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes, without copying it. */
    public int bodyLength() {
        return body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedRequest r
                && method.equals(r.method)
                && uri.equals(r.uri)
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body)
                && clientCertificate.equals(r.clientCertificate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), clientCertificate);
    }

    @Override
    public String toString() {
        return method + " " + uri + " (" + headers.size() + " header fields, " + body.length + " bytes of body)";
    }
}
