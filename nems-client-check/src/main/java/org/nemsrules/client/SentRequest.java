package org.nemsrules.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A request as a client sends it, captured by an adapter just before it leaves: the method as sent, the absolute URI,
 * the header fields in the order the client sends them, and the body's bytes as encoded (not re-serialised).
 */
// The body is copied in and out, and equals/hashCode compare its contents: the array never escapes.
@SuppressWarnings("ArrayRecordComponent")
public record SentRequest(String method, URI uri, List<SentRequest.Field> headers, byte[] body) {
    /** One header field as sent; a name sent twice is two fields. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public SentRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentRequest r
                && method.equals(r.method)
                && uri.equals(r.uri)
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + uri + " (" + headers.size() + " header fields, " + body.length + " bytes of body)";
    }
}
