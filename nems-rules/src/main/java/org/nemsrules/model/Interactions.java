package org.nemsrules.model;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a request built in code into an {@link Interaction}, so that a supplier's own tests can validate the
 * requests their client really builds without writing recordings to files.
 *
 * <p>A request built in code has no file and no lines, yet findings name a line. So it is laid out as it would be
 * written in a {@code .http} file, and its parts get the lines they would have there: line 1 is the request line,
 * lines 2, 3, … the header fields in the order given (one line per value), then a blank line, then the body. The
 * file shown in findings is {@value #DEFAULT_NAME} unless {@link Builder#name named}. {@link #toHttpText} writes
 * that layout out, so the lines can be read, or saved and checked with {@code nems-check}.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.newBuilder(URI.create("https://clinicals.spineservices.nhs.uk/STU3/Subscription"))
 *         .header("Content-Type", "application/fhir+xml")
 *         .POST(HttpRequest.BodyPublishers.ofString(subscriptionXml))
 *         .build();
 * Interaction fromClient = Interactions.from(request);                 // reads the body publisher
 * Interaction plain = Interactions.request("GET", "https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc")
 *         .header("Accept", "application/fhir+json")
 *         .name("read by id")
 *         .build();
 * List<Finding> findings = NemsValidator.builder().build().validateRequest(plain).findings();
 * }</pre>
 *
 * <p>Stateless and thread-safe; every interaction it makes is immutable.
 */
public final class Interactions {
    /** The file shown in findings for a request built in code, unless it is named. */
    public static final String DEFAULT_NAME = "request";

    private Interactions() {}

    /** A builder for a request with this method (as sent: methods are case-sensitive) and absolute URI. */
    public static Builder request(String method, URI uri) {
        return new Builder(method, Objects.requireNonNull(uri, "uri").toString());
    }

    /**
     * A builder for a request with this method and target, as it would be written on the request line: an
     * absolute URL or a path such as {@code /STU3/Subscription/abc}.
     */
    public static Builder request(String method, String target) {
        return new Builder(method, target);
    }

    /** A request from a method, an absolute URI, header fields (each name with its values) and a body. */
    public static Interaction of(String method, URI uri, Map<String, List<String>> headers, String body) {
        return request(method, uri).headers(headers).body(body).build();
    }

    /**
     * A {@link HttpRequest} with its body, read from its {@link HttpRequest#bodyPublisher() body publisher}. The
     * publisher is subscribed to once more, as {@code HttpClient} itself does when it resends a request: the
     * publishers of {@link HttpRequest.BodyPublishers} give the same bytes every time. A publisher that cannot be
     * read twice, or that does not finish within 10 seconds, needs
     * {@link #from(HttpRequest, String)} instead.
     *
     * @throws IllegalArgumentException when the publisher fails, does not finish, or gives more than 10 MB
     */
    public static Interaction from(HttpRequest request) {
        return from(request, bodyOf(request));
    }

    /**
     * The bytes {@code request}'s body publisher gives, read as {@link #from(HttpRequest)} reads them; none when it
     * has no publisher.
     *
     * @throws IllegalArgumentException when the publisher fails, does not finish within 10 seconds, or gives more
     *     than 10 MB
     */
    public static byte[] bodyOf(HttpRequest request) {
        return request.bodyPublisher().map(BodyCollector::collect).orElse(new byte[0]);
    }

    /**
     * A {@link HttpRequest} whose body is given separately, as the text that was handed to its body publisher
     * (encoded as UTF-8); its own publisher is not read.
     */
    public static Interaction from(HttpRequest request, String body) {
        return from(request, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /** A {@link HttpRequest} whose body is given separately as bytes; its own publisher is not read. */
    public static Interaction from(HttpRequest request, byte[] body) {
        Builder builder = request(request.method(), request.uri());
        // HttpHeaders keeps names sorted case-insensitively, so this is the order the lines get.
        request.headers().map().forEach(builder::headers);
        return builder.body(body).build();
    }

    /**
     * The request written as a {@code .http} file: the layout whose lines findings on a request built in code
     * point at. A body is written as UTF-8 text.
     */
    public static String toHttpText(Interaction interaction) {
        StringBuilder out = new StringBuilder();
        out.append(interaction.method())
                .append(' ')
                .append(interaction.target())
                .append(" HTTP/1.1\n");
        for (Header header : interaction.headers().all()) {
            out.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        if (!interaction.body().isEmpty()) {
            out.append('\n').append(interaction.body().text());
            if (!interaction.body().text().endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Builds one request. Nothing is judged here, not even the method or the header names: a faulty request is
     * for the rules to report, with the line it is on.
     *
     * <pre>{@code
     * Interaction delete = Interactions.request("DELETE", "https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc")
     *         .header("Authorization", "Bearer " + token)
     *         .header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiDelete")
     *         .name("delete on unsubscribe")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final String method;
        private final String target;
        private final List<String[]> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private String name = DEFAULT_NAME;

        private Builder(String method, String target) {
            this.method = Objects.requireNonNull(method, "method");
            this.target = Objects.requireNonNull(target, "target");
        }

        /** Adds a header field; a name given twice gives two fields, as a client would send them. */
        public Builder header(String name, String value) {
            headers.add(new String[] {
                Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "value of header " + name)
            });
            return this;
        }

        /** Adds one header field per value. */
        public Builder headers(String name, List<String> values) {
            values.forEach(value -> header(name, value));
            return this;
        }

        /** Adds the header fields of a map, each name with its values, in the map's order. */
        public Builder headers(Map<String, List<String>> fields) {
            fields.forEach(this::headers);
            return this;
        }

        /** The body as text, sent as UTF-8 (the only charset NEMS accepts). */
        public Builder body(String text) {
            return body(Objects.requireNonNull(text, "body").getBytes(StandardCharsets.UTF_8));
        }

        public Builder body(byte[] bytes) {
            this.body = Objects.requireNonNull(bytes, "body").clone();
            return this;
        }

        /** What findings call the request instead of {@value #DEFAULT_NAME}, e.g. the name of the test. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        public Interaction build() {
            List<Header> fields = new ArrayList<>();
            int line = 2;
            for (String[] field : headers) {
                fields.add(new Header(field[0], field[1], line++));
            }
            // A blank line separates the headers from the body, as in a .http file.
            Body content = Body.of(body, body.length == 0 ? 0 : line + 1);
            return new Interaction(name, 0, Origin.PROGRAMMATIC, method, target, 1, Headers.of(fields), content);
        }
    }
}
