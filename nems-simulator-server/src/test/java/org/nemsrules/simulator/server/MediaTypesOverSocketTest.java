package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.mime.BodySyntax;
import org.nemsrules.mime.SupportedMediaType;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.NemsSimulator;

/**
 * Each of the eight media type strings of the general guidance page, in both directions over a socket: a create's
 * body in the syntax its {@code Content-Type} names is read and stored, and a read answers in the type its
 * {@code Accept} names, said with {@code ;charset=utf-8}; so does a refusal (404).
 */
class MediaTypesOverSocketTest {
    static SimulatorServer server;

    @BeforeAll
    static void start() {
        server =
                SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        // Every sample creates the same subscription: a second would be a duplicate (409).
        server.simulator().reset();
    }

    static Stream<String> literals() {
        return SupportedMediaType.allLiterals().stream();
    }

    @ParameterizedTest
    @MethodSource("literals")
    void createAndReadInTheType(String literal) throws Exception {
        SupportedMediaType type =
                SupportedMediaType.ofEssence(literal.split(";")[0]).orElseThrow();
        Interaction create = withHeader("valid/mime-types-create.http", "Content-Type", literal);
        Interaction read = withHeader("valid/mime-types-read.http", "Accept", literal);
        assertEquals(literal, create.headers().first("Accept").orElseThrow().value());
        String body = create.body().text();
        assertTrue(
                type.syntax() == BodySyntax.Kind.JSON
                        ? body.strip().startsWith("{")
                        : body.strip().startsWith("<"),
                "the sample's create is not in its type's syntax: " + body);

        HttpResponse<String> created = SampleRequests.send(server.baseUri(), create, "/STU3/Subscription");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        // The body was read in its syntax: the criteria were kept whole.
        assertTrue(server.simulator()
                .subscriptions()
                .get(id)
                .getCriteria()
                .contains("nhs-number|9990000018&MessageHeader.event=pds-change-of-address-1"));

        HttpResponse<String> got =
                SampleRequests.send(server.baseUri(), read, URI.create(location).getPath());
        assertEquals(200, got.statusCode(), got.body());
        assertEquals(
                type.essence() + ";charset=utf-8",
                got.headers().firstValue("Content-Type").orElseThrow());
        if (type.syntax() == BodySyntax.Kind.JSON) {
            assertTrue(got.body().startsWith("{"), got.body());
            assertTrue(got.body().contains("\"resourceType\": \"Subscription\""), got.body());
            assertTrue(got.body().contains("\"id\": \"" + id + "\""), got.body());
        } else {
            assertTrue(got.body().startsWith("<Subscription xmlns=\"http://hl7.org/fhir\">"), got.body());
            assertTrue(got.body().contains("<id value=\"" + id + "\"/>"), got.body());
        }

        HttpResponse<String> missing =
                SampleRequests.send(server.baseUri(), read, "/STU3/Subscription/0123456789abcdef0123456789abcdef");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(
                type.essence() + ";charset=utf-8",
                missing.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(
                type.syntax() == BodySyntax.Kind.JSON
                        ? missing.body().contains("\"resourceType\": \"OperationOutcome\"")
                        : missing.body().startsWith("<OperationOutcome xmlns=\"http://hl7.org/fhir\">"),
                missing.body());
    }

    /** The request of the sample whose header {@code name} is exactly {@code value}. */
    private static Interaction withHeader(String sample, String name, String value) {
        List<Interaction> requests = SampleRequests.of(sample);
        return requests.stream()
                .filter(r -> r.headers()
                        .first(name)
                        .map(h -> h.value().equals(value))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sample + " has no request with " + name + ": " + value));
    }
}
