package org.nemsrules.client.httpclient5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.client.SampleRequests.UNKNOWN_EVENT;
import static org.nemsrules.client.SampleRequests.VALID;
import static org.nemsrules.client.SampleRequests.comparable;
import static org.nemsrules.client.SampleRequests.errors;
import static org.nemsrules.client.SampleRequests.first;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.client.CheckedRequest;
import org.nemsrules.client.FindingSink;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.NemsRequestRejectedException;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;

/** The exec interceptor in a real classic HttpClient 5 sending to a real simulator over a socket. */
class NemsExecInterceptorTest {
    /** Fields the client sets itself, from the entity or the connection. */
    private static final List<String> SET_BY_CLIENT = List.of("host", "content-length", "content-type");

    /** One simulator for the class, started and stopped by the project's own extension; the tests judge its exchanges. */
    @RegisterExtension
    static NemsSimulatorExtension server =
            NemsSimulatorExtension.builder().failOnErrors(false).build();

    @BeforeEach
    void forget() {
        server.simulator().reset();
    }

    @Test
    void aValidCreateArrivesAsSentAndAnInvalidOneNeverLeaves() throws Exception {
        FindingSink sink = new FindingSink();
        try (CloseableHttpClient client = NemsExecInterceptor.addTo(
                        HttpClients.custom(),
                        NemsRequestCheck.builder().reject().report(sink).build())
                .build()) {
            Interaction valid = first(VALID);
            int status = client.execute(request(valid, entity(valid)), response -> response.getCode());
            assertEquals(201, status);
            assertArrayEquals(
                    valid.body().bytes(),
                    server.simulator().exchanges().get(0).request().body());

            Interaction invalid = first(UNKNOWN_EVENT);
            NemsRequestRejectedException e = assertThrows(
                    NemsRequestRejectedException.class,
                    () -> client.execute(request(invalid, entity(invalid)), response -> response.getCode()));
            assertTrue(e.getMessage().contains("criteria.event-code"), e.getMessage());
            assertEquals(1, server.simulator().exchanges().size(), "the rejected request reached the simulator");
        }
        // The entity's content type is judged as the client sends it (HttpClient writes "; charset=").
        CheckedRequest first = sink.checked().get(0);
        assertEquals(
                server.simulator()
                        .exchanges()
                        .get(0)
                        .request()
                        .header("Content-Type")
                        .orElseThrow(),
                first.request().headers().first("Content-Type").orElseThrow().value());
        assertEquals(List.of(), errors(first.findings()));
    }

    /** Create, read and delete, each checked on its way: the read and the delete without an entity. */
    @Test
    void aCreatedSubscriptionIsReadAndDeletedThroughTheInterceptor() throws Exception {
        FindingSink sink = new FindingSink();
        try (CloseableHttpClient client = NemsExecInterceptor.addTo(
                        HttpClients.custom(),
                        NemsRequestCheck.builder().report(sink).build())
                .build()) {
            Interaction create = first(VALID);
            String location = client.execute(
                    request(create, entity(create)),
                    response -> response.getFirstHeader("Location").getValue());
            String path = URI.create(location).getRawPath();
            for (String name : List.of("valid/read.http", "valid/delete.http")) {
                int status = client.execute(request(first(name), null, path), response -> response.getCode());
                assertEquals(200, status, name);
            }
        }
        assertEquals(
                List.of("POST", "GET", "DELETE"),
                sink.checked().stream().map(c -> c.request().method()).toList());
        for (CheckedRequest checked : sink.checked()) {
            assertEquals(
                    List.of(), errors(checked.findings()), checked.request().method());
        }
    }

    /** An entity that can be read once (a stream) is read by the check and still sent whole, chunked as it was. */
    @Test
    void aStreamedEntityIsReadOnceAndSentWhole() throws Exception {
        try (CloseableHttpClient client = NemsExecInterceptor.addTo(
                        HttpClients.custom(), NemsRequestCheck.builder().build())
                .build()) {
            Interaction valid = first(VALID);
            InputStreamEntity once = new InputStreamEntity(
                    new ByteArrayInputStream(valid.body().bytes()), -1, ContentType.parse(contentType(valid)));

            int status = client.execute(request(valid, once), response -> response.getCode());

            assertEquals(201, status);
            assertArrayEquals(
                    valid.body().bytes(),
                    server.simulator().exchanges().get(0).request().body());
            assertTrue(
                    server.simulator()
                            .exchanges()
                            .get(0)
                            .request()
                            .header("Transfer-Encoding")
                            .isPresent(),
                    "a streamed entity of unknown length is still sent chunked");
        }
    }

    @Test
    void eightThreadsShareOneClient() throws Exception {
        FindingSink sink = new FindingSink();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (CloseableHttpClient client = NemsExecInterceptor.addTo(
                        HttpClients.custom(),
                        NemsRequestCheck.builder().report(sink).build())
                .build()) {
            Interaction valid = first(VALID);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(
                        () -> client.execute(request(valid, entity(valid)), response -> response.getCode())));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            // One subscription is created; the simulator refuses the 39 identical ones as duplicates.
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(39, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, sink.checked().size());
    }

    /** Each recording reads back with the findings the live check gave, on the same lines. */
    @Test
    void recordingsReadBackWithTheLiveFindings(@TempDir Path dir) throws Exception {
        FindingSink sink = new FindingSink();
        try (CloseableHttpClient client = NemsExecInterceptor.addTo(
                        HttpClients.custom(),
                        NemsRequestCheck.builder().report(sink).record(dir).build())
                .build()) {
            for (String name : List.of(VALID, UNKNOWN_EVENT, "valid/create-generic.json.http")) {
                Interaction sample = first(name);
                client.execute(request(sample, entity(sample)), response -> response.getCode());
            }
        }
        NemsValidator reader = NemsValidator.builder().build();
        for (CheckedRequest live : sink.checked()) {
            List<Finding> recorded =
                    reader.validateFile(live.recording().orElseThrow()).findings();
            assertEquals(
                    comparable(live.findings()),
                    comparable(recorded),
                    live.recording().toString());
        }
        assertEquals(3, sink.checked().size());
    }

    private static String contentType(Interaction sample) {
        return sample.headers().first("Content-Type").orElseThrow().value();
    }

    private static HttpEntity entity(Interaction sample) {
        return new ByteArrayEntity(sample.body().bytes(), ContentType.parse(contentType(sample)));
    }

    /** The sample's request to the simulator: its path, its fields but those the client sets itself. */
    private static ClassicHttpRequest request(Interaction sample, HttpEntity entity) {
        return request(sample, entity, URI.create(sample.target()).getRawPath());
    }

    /** The sample's request to the simulator, at {@code path}. */
    private static ClassicHttpRequest request(Interaction sample, HttpEntity entity, String path) {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(sample.method())
                .setUri(server.baseUri().resolve(path));
        for (Header h : sample.headers().all()) {
            if (!SET_BY_CLIENT.contains(h.name().toLowerCase(Locale.ROOT))) {
                builder.addHeader(h.name(), h.value());
            }
        }
        return builder.setEntity(entity).build();
    }
}
