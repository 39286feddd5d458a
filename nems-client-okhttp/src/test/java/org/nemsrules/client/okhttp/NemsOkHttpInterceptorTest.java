package org.nemsrules.client.okhttp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.client.SampleRequests.UNKNOWN_EVENT;
import static org.nemsrules.client.SampleRequests.VALID;
import static org.nemsrules.client.SampleRequests.comparable;
import static org.nemsrules.client.SampleRequests.errors;
import static org.nemsrules.client.SampleRequests.first;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
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
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;

/** The interceptor in a real OkHttp client sending to a real simulator over a socket. */
class NemsOkHttpInterceptorTest {
    /** Fields OkHttp sets itself, from the body or the connection. */
    private static final List<String> SET_BY_OKHTTP = List.of("host", "content-length", "content-type");

    /** One simulator for the class, started and stopped by the project's own extension; the tests judge its exchanges. */
    @RegisterExtension
    static NemsSimulatorExtension server =
            NemsSimulatorExtension.builder().failOnErrors(false).build();

    /** The clients a test made: their connections are closed after it, so that none outlives the server. */
    private final List<OkHttpClient> clients = new ArrayList<>();

    @BeforeEach
    void forget() {
        server.simulator().reset();
    }

    @AfterEach
    void closeClients() {
        for (OkHttpClient client : clients) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private OkHttpClient track(OkHttpClient client) {
        clients.add(client);
        return client;
    }

    /** The build runs these tests on OkHttp 5, then once more on OkHttp 4 (nems.okhttp.line, in the pom). */
    @Test
    void theOkHttpLineUnderTestIsTheOneTheBuildAskedFor() {
        String line = System.getProperty("nems.okhttp.line", "5.");
        assertTrue(okhttp3.OkHttp.VERSION.startsWith(line), okhttp3.OkHttp.VERSION + " is not OkHttp " + line);
    }

    @Test
    void aValidCreateArrivesAsSentAndAnInvalidOneNeverLeaves() throws Exception {
        FindingSink sink = new FindingSink();
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(new NemsOkHttpInterceptor(
                        NemsRequestCheck.builder().reject().report(sink).build()))
                .build());
        Interaction valid = first(VALID);

        try (Response created = client.newCall(request(valid, body(valid))).execute()) {
            assertEquals(201, created.code());
        }
        Exchange arrived = server.simulator().exchanges().get(0);
        assertArrayEquals(valid.body().bytes(), arrived.request().body());

        Interaction invalid = first(UNKNOWN_EVENT);
        NemsRequestRejectedException e = assertThrows(
                NemsRequestRejectedException.class,
                () -> client.newCall(request(invalid, body(invalid))).execute());
        assertTrue(e.getMessage().contains("criteria.event-code"), e.getMessage());
        assertEquals(1, server.simulator().exchanges().size(), "the rejected request reached the simulator");
        // The client's own fields are judged in the order it set them.
        List<String> set = valid.headers().all().stream()
                .map(h -> h.name().toLowerCase(Locale.ROOT))
                .filter(name -> !SET_BY_OKHTTP.contains(name))
                .toList();
        List<String> judged = sink.checked().get(0).request().headers().all().stream()
                .map(h -> h.name().toLowerCase(Locale.ROOT))
                .filter(set::contains)
                .toList();
        assertEquals(set, judged);
        // A network interceptor sees what OkHttp sends: the fields it adds from the body and the connection too.
        List<String> names = sink.checked().get(0).request().headers().all().stream()
                .map(h -> h.name().toLowerCase(Locale.ROOT))
                .toList();
        assertTrue(names.containsAll(List.of("host", "content-length", "content-type")), names.toString());
    }

    @Test
    void asAnApplicationInterceptorTheBodysContentTypeIsJudgedToo() throws Exception {
        FindingSink sink = new FindingSink();
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addInterceptor(new NemsOkHttpInterceptor(
                        NemsRequestCheck.builder().report(sink).build()))
                .build());
        Interaction valid = first(VALID);

        try (Response created = client.newCall(request(valid, body(valid))).execute()) {
            assertEquals(201, created.code());
        }

        CheckedRequest checked = sink.checked().get(0);
        assertEquals(List.of(), errors(checked.findings()));
        assertEquals(
                valid.headers().first("Content-Type").orElseThrow().value(),
                checked.request().headers().first("Content-Type").orElseThrow().value());
    }

    /** Create, read and delete, each checked on its way: the read and the delete without a body. */
    @Test
    void aCreatedSubscriptionIsReadAndDeletedThroughTheInterceptor() throws Exception {
        FindingSink sink = new FindingSink();
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(new NemsOkHttpInterceptor(
                        NemsRequestCheck.builder().report(sink).build()))
                .build());
        Interaction create = first(VALID);
        String location;
        try (Response created = client.newCall(request(create, body(create))).execute()) {
            assertEquals(201, created.code());
            location = created.header("Location");
        }
        String path = URI.create(location).getRawPath();
        for (String name : List.of("valid/read.http", "valid/delete.http")) {
            try (Response answer =
                    client.newCall(request(first(name), null, path)).execute()) {
                assertEquals(200, answer.code(), name);
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

    /** A body that can be written once is read by the check and still sent whole, with its own length. */
    @Test
    void aOneShotBodyIsReadOnceAndSentWhole() throws Exception {
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(
                        new NemsOkHttpInterceptor(NemsRequestCheck.builder().build()))
                .build());
        Interaction valid = first(VALID);
        OneShot once = new OneShot(valid.body().bytes(), MediaType.get(contentType(valid)));

        try (Response created = client.newCall(request(valid, once)).execute()) {
            assertEquals(201, created.code());
        }

        assertEquals(1, once.writes.get());
        assertArrayEquals(
                valid.body().bytes(),
                server.simulator().exchanges().get(0).request().body());
    }

    @Test
    void anAsyncCallOfARejectedRequestFailsWithTheRejection() throws Exception {
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(
                        new NemsOkHttpInterceptor(NemsRequestCheck.builder().build()))
                .build());
        Interaction invalid = first(UNKNOWN_EVENT);
        CompletableFuture<IOException> failure = new CompletableFuture<>();

        client.newCall(request(invalid, body(invalid))).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                failure.complete(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                response.close();
                failure.completeExceptionally(new AssertionError("answered " + response.code()));
            }
        });

        assertInstanceOf(NemsRequestRejectedException.class, failure.get(20, TimeUnit.SECONDS));
        assertEquals(List.of(), server.simulator().exchanges());
    }

    @Test
    void eightThreadsShareOneClient() throws Exception {
        FindingSink sink = new FindingSink();
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(new NemsOkHttpInterceptor(
                        NemsRequestCheck.builder().report(sink).build()))
                .build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            Interaction valid = first(VALID);
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    try (Response response =
                            client.newCall(request(valid, body(valid))).execute()) {
                        return response.code();
                    }
                }));
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
        assertEquals(40, server.simulator().exchanges().size());
    }

    /** Each recording reads back with the findings the live check gave, on the same lines. */
    @Test
    void recordingsReadBackWithTheLiveFindings(@TempDir Path dir) throws Exception {
        FindingSink sink = new FindingSink();
        OkHttpClient client = track(new OkHttpClient.Builder()
                .addNetworkInterceptor(new NemsOkHttpInterceptor(
                        NemsRequestCheck.builder().report(sink).record(dir).build()))
                .build());
        for (String name : List.of(VALID, UNKNOWN_EVENT, "valid/create-generic.json.http")) {
            Interaction sample = first(name);
            client.newCall(request(sample, body(sample))).execute().close();
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

    private static RequestBody body(Interaction sample) {
        return RequestBody.create(sample.body().bytes(), MediaType.get(contentType(sample)));
    }

    /** The sample's request to the simulator: its path, its fields but those OkHttp sets itself. */
    private static Request request(Interaction sample, RequestBody body) {
        return request(sample, body, URI.create(sample.target()).getRawPath());
    }

    /** The sample's request to the simulator, at {@code path}. */
    private static Request request(Interaction sample, RequestBody body, String path) {
        Request.Builder builder =
                new Request.Builder().url(server.baseUri().resolve(path).toString());
        for (Header h : sample.headers().all()) {
            if (!SET_BY_OKHTTP.contains(h.name().toLowerCase(Locale.ROOT))) {
                builder.addHeader(h.name(), h.value());
            }
        }
        return builder.method(sample.method(), body).build();
    }

    /** A body that fails if written twice. */
    private static final class OneShot extends RequestBody {
        final AtomicInteger writes = new AtomicInteger();
        private final byte[] bytes;
        private final MediaType type;

        OneShot(byte[] bytes, MediaType type) {
            this.bytes = bytes;
            this.type = type;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            if (writes.incrementAndGet() > 1) {
                throw new IOException("written twice");
            }
            sink.write(bytes);
        }
    }
}
