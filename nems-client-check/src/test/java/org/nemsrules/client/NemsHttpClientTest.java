package org.nemsrules.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Interaction;

/** The java.net.http adapter against a real local server: what arrives is what the client sent, or nothing. */
class NemsHttpClientTest {
    /** What the server received: method, the Transfer-Encoding and Content-Length headers, and the body. */
    record Received(String method, String transferEncoding, String contentLength, byte[] body) {}

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Transfer-Encoding"),
                    exchange.getRequestHeaders().getFirst("Content-Length"),
                    body));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aValidCreateArrivesAsSentAndAnInvalidOneNeverLeaves() throws Exception {
        FindingSink sink = new FindingSink();
        HttpClient client = NemsHttpClient.wrap(
                HttpClient.newHttpClient(),
                NemsRequestCheck.builder().reject().report(sink).build());
        Interaction valid = SampleRequests.first("valid/create-explicit.http");

        HttpResponse<Void> created = client.send(
                request(
                        valid,
                        HttpRequest.BodyPublishers.ofByteArray(valid.body().bytes())),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(201, created.statusCode());
        Received first = received.poll();
        assertArrayEquals(valid.body().bytes(), first.body());
        assertEquals(String.valueOf(valid.body().bytes().length), first.contentLength());

        Interaction invalid = SampleRequests.first("invalid/criteria-event-person-death.http");
        NemsRequestRejectedException e = assertThrows(
                NemsRequestRejectedException.class,
                () -> client.send(
                        request(
                                invalid,
                                HttpRequest.BodyPublishers.ofByteArray(
                                        invalid.body().bytes())),
                        HttpResponse.BodyHandlers.discarding()));
        assertTrue(e.getMessage().contains("criteria.event-code"), e.getMessage());
        assertEquals(List.of(), List.copyOf(received), "the rejected request reached the server");
        assertEquals(2, sink.checked().size());
    }

    /** A publisher that can be read once (an input stream, unknown length) still sends its bytes, still chunked. */
    @Test
    void aStreamedBodyIsReadOnceAndSentWhole() throws Exception {
        HttpClient client = NemsHttpClient.wrap(
                HttpClient.newHttpClient(), NemsRequestCheck.builder().build());
        Interaction valid = SampleRequests.first("valid/create-explicit.http");
        byte[] bytes = valid.body().bytes();
        ByteArrayInputStream once = new ByteArrayInputStream(bytes);

        client.send(
                request(valid, HttpRequest.BodyPublishers.ofInputStream(() -> once)),
                HttpResponse.BodyHandlers.discarding());

        Received got = received.poll();
        assertArrayEquals(bytes, got.body());
        assertEquals("chunked", got.transferEncoding());
    }

    @Test
    void sendAsyncFailsTheFutureOfARejectedRequest() {
        HttpClient client = NemsHttpClient.wrap(
                HttpClient.newHttpClient(), NemsRequestCheck.builder().build());
        Interaction invalid = SampleRequests.first("invalid/criteria-event-person-death.http");

        CompletionException e = assertThrows(
                CompletionException.class,
                () -> client.sendAsync(
                                request(
                                        invalid,
                                        HttpRequest.BodyPublishers.ofByteArray(
                                                invalid.body().bytes())),
                                HttpResponse.BodyHandlers.discarding())
                        .join());

        assertInstanceOf(NemsRequestRejectedException.class, e.getCause());
        assertTrue(received.isEmpty());
    }

    /** A read and a delete are checked too, without a body; each recording reads back with the live findings. */
    @Test
    void readsDeletesAndCreatesAreCheckedAndRecordedAsSent(@TempDir Path dir) throws Exception {
        FindingSink sink = new FindingSink();
        HttpClient client = NemsHttpClient.wrap(
                HttpClient.newHttpClient(),
                NemsRequestCheck.builder().report(sink).record(dir).build());
        for (String name : List.of(
                "valid/create-explicit.http",
                "valid/create-generic.json.http",
                "invalid/criteria-event-person-death.http",
                "valid/read.http",
                "valid/delete.http")) {
            Interaction sample = SampleRequests.first(name);
            HttpRequest.BodyPublisher body = sample.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(sample.body().bytes());
            client.send(request(sample, body), HttpResponse.BodyHandlers.discarding());
        }
        assertEquals(
                List.of("POST", "POST", "POST", "GET", "DELETE"),
                sink.checked().stream().map(c -> c.request().method()).toList());
        assertEquals(1, sink.withErrors().size());
        NemsValidator reader = NemsValidator.builder().build();
        for (CheckedRequest live : sink.checked()) {
            assertEquals(
                    SampleRequests.comparable(live.findings()),
                    SampleRequests.comparable(
                            reader.validateFile(live.recording().orElseThrow()).findings()),
                    live.recording().toString());
        }
    }

    @Test
    void eightThreadsShareOneClient() throws Exception {
        FindingSink sink = new FindingSink();
        HttpClient client = NemsHttpClient.wrap(
                HttpClient.newHttpClient(),
                NemsRequestCheck.builder().report(sink).build());
        Interaction valid = SampleRequests.first("valid/create-explicit.http");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> client.send(
                                request(
                                        valid,
                                        HttpRequest.BodyPublishers.ofByteArray(
                                                valid.body().bytes())),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, received.size());
        assertEquals(40, sink.checked().size());
        assertEquals(List.of(), sink.withErrors());
    }

    /** The sample's request sent to the local server: its path, its header fields except those the client sets. */
    private HttpRequest request(Interaction sample, HttpRequest.BodyPublisher body) {
        URI target = URI.create(sample.target());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(target.getRawPath())).method(sample.method(), body);
        for (Map.Entry<String, List<String>> h : sample.headers().all().stream()
                .filter(h ->
                        !List.of("host", "content-length").contains(h.name().toLowerCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.groupingBy(
                        org.nemsrules.model.Header::name,
                        java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(
                                org.nemsrules.model.Header::value, java.util.stream.Collectors.toList())))
                .entrySet()) {
            h.getValue().forEach(v -> builder.header(h.getKey(), v));
        }
        return builder.build();
    }
}
