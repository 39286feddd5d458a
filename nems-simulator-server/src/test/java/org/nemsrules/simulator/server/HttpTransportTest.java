package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.NemsSimulator;

/**
 * How the server takes HTTP from the wire: chunked bodies, kept-alive connections, the bound on a body's size,
 * clients that go away mid-request, and clients that go quiet. Jetty parses HTTP; these tests hold the server to
 * what a supplier's client and a test run need of it.
 */
class HttpTransportTest {
    private static final long MAX = RecordingReader.DEFAULT_MAX_BYTES;
    private static final long IDLE_TIMEOUT_MILLIS = 500;

    static SimulatorServer server;
    static final HttpClient JDK =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = SimulatorServer.builder(NemsSimulator.builder().build())
                .port(0)
                .idleTimeoutMillis(IDLE_TIMEOUT_MILLIS)
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        server.simulator().reset();
    }

    @Test
    void aChunkedBodyIsReadWhole() throws Exception {
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        byte[] body = create.body().bytes();
        // No length known in advance: java.net.http sends the body chunked.
        HttpResponse<String> created = JDK.send(
                createRequest(create, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        Exchange exchange = server.simulator().exchanges().get(0);
        assertEquals(
                "chunked",
                exchange.request().header("Transfer-Encoding").orElseThrow().toLowerCase(Locale.ROOT));
        assertTrue(exchange.request().header("Content-Length").isEmpty());
        assertTrue(Arrays.equals(body, exchange.request().body()), "the body was not read whole");
        assertEquals(1, server.simulator().subscriptions().size());
    }

    @Test
    void aCreateThatWaitsFor100ContinueIsAnswered() throws Exception {
        // curl and Apache HttpClient ask first for large bodies: the server must say 100 Continue, or wait forever.
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        HttpRequest request = HttpRequest.newBuilder(
                        createRequest(
                                create,
                                HttpRequest.BodyPublishers.ofByteArray(
                                        create.body().bytes())),
                        (name, value) -> true)
                .expectContinue(true)
                .build();
        HttpResponse<String> created = JDK.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                "100-continue",
                server.simulator()
                        .exchanges()
                        .get(0)
                        .request()
                        .header("Expect")
                        .orElseThrow()
                        .toLowerCase(Locale.ROOT));
    }

    @Test
    void severalRequestsTravelOnOneKeptAliveConnection() throws Exception {
        Set<Integer> localPorts = new HashSet<>();
        int[] connects = new int[1];
        OkHttpClient client = new OkHttpClient.Builder()
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, java.net.Proxy proxy) {
                        connects[0]++;
                    }

                    @Override
                    public void connectionAcquired(Call call, Connection connection) {
                        localPorts.add(connection.socket().getLocalPort());
                    }
                })
                .build();
        try {
            Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
            Interaction read = SampleRequests.of("valid/read.http").get(0);
            okhttp3.Request.Builder post = new okhttp3.Request.Builder().url(server.baseUri() + "/Subscription");
            create.headers().all().stream()
                    .filter(h -> !h.name().equalsIgnoreCase("Host"))
                    .forEach(h -> post.addHeader(h.name(), h.value()));
            post.post(RequestBody.create(create.body().bytes(), MediaType.parse("application/fhir+xml;charset=utf-8")));
            String location;
            try (okhttp3.Response created = client.newCall(post.build()).execute()) {
                assertEquals(201, created.code(), created.body().string());
                location = created.header("Location");
            }
            for (int i = 0; i < 5; i++) {
                okhttp3.Request.Builder get = new okhttp3.Request.Builder().url(location);
                read.headers().all().stream()
                        .filter(h -> !h.name().equalsIgnoreCase("Host"))
                        .forEach(h -> get.addHeader(h.name(), h.value()));
                try (okhttp3.Response got = client.newCall(get.build()).execute()) {
                    assertEquals(200, got.code());
                    assertTrue(got.body().string().contains("<status value=\"active\"/>"));
                }
            }
            assertEquals(1, connects[0], "OkHttp opened more than one connection");
            assertEquals(1, localPorts.size(), "requests came on different connections: " + localPorts);
            assertEquals(1, client.connectionPool().connectionCount());
            assertEquals(6, server.simulator().exchanges().size());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Test
    void aBodyOfExactlyTheBoundIsJudgedByTheRules() throws Exception {
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        byte[] body = padded(create.body().bytes(), MAX);
        HttpResponse<String> answered = JDK.send(
                createRequest(create, HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answered.statusCode(), answered.body());
        Exchange exchange = server.simulator().exchanges().get(0);
        assertEquals(MAX, exchange.request().bodyLength());
        assertEquals(1, server.simulator().subscriptions().size());
    }

    @Test
    void aBodyOneByteOverTheBoundIsRefusedWith413() throws Exception {
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        byte[] body = padded(create.body().bytes(), MAX + 1);
        // Chunked, so that the server finds the size by reading, not from a Content-Length.
        HttpResponse<String> answered = JDK.send(
                createRequest(create, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answered.statusCode(), answered.body());
        assertEquals(
                "application/fhir+xml;charset=utf-8",
                answered.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(answered.body().startsWith("<OperationOutcome xmlns=\"http://hl7.org/fhir\">"), answered.body());
        assertTrue(answered.body().contains("10,485,761 bytes or more"), answered.body());
        assertTrue(answered.body().contains("bound of 10,485,760 bytes"), answered.body());
        assertTrue(server.simulator().subscriptions().isEmpty());
    }

    @Test
    void aDeclaredLengthOverTheBoundIsRefusedWithoutReadingTheBody() throws Exception {
        try (Socket socket = connect()) {
            // Headers only: were the server to wait for the 20 MB announced, no answer would come.
            send(
                    socket,
                    "POST /STU3/Subscription HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/fhir+json\r\nContent-Length: 20971520\r\n\r\n");
            String answer = readAll(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("\"resourceType\": \"OperationOutcome\""), answer);
            assertTrue(answer.contains("20,971,520 bytes or more"), answer);
        }
        Exchange refused = server.simulator().exchanges().get(0);
        assertEquals(413, refused.response().status());
        assertEquals(0, refused.request().bodyLength());
    }

    @Test
    void aClientThatLeavesMidBodyHoldsNoThreadAndTheNextRequestIsAnswered() throws Exception {
        // A server of its own with the usual 30 s idle timeout: only seeing the client leave can free the thread
        // within the 5 s waited here, not the timeout.
        try (SimulatorServer patient =
                SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start()) {
            Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
            byte[] body = create.body().bytes();
            try (Socket socket = new Socket(patient.baseUri().getHost(), patient.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(headerBlock(create, body.length).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, 0, body.length / 2);
                out.flush();
                assertTrue(handlerBusyWithin(Duration.ofSeconds(5)), "the server never started on the request");
            }
            assertTrue(noHandlerBusyWithin(Duration.ofSeconds(5)), "a server thread is still in the handler");
            assertTrue(patient.simulator().exchanges().isEmpty(), "half a request was judged as whole");

            HttpResponse<String> created = JDK.send(
                    createRequest(patient.baseUri(), create, HttpRequest.BodyPublishers.ofByteArray(body)),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        }
    }

    @Test
    void aClientThatGoesQuietMidBodyIsDisconnected() throws Exception {
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        byte[] body = create.body().bytes();
        try (Socket socket = connect()) {
            socket.getOutputStream().write(headerBlock(create, body.length).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body, 0, 10);
            socket.getOutputStream().flush();
            long start = System.nanoTime();
            String answer = readAll(socket);
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(waited >= IDLE_TIMEOUT_MILLIS - 50, "closed after " + waited + " ms: " + answer);
            assertTrue(waited < 5_000, "closed only after " + waited + " ms");
            // The client's fault, not the server's: 408, not 500.
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(answer.contains("Connection: close"), answer);
            assertTrue(!answer.contains("at org.eclipse.jetty"), "a stack trace was sent: " + answer);
        }
        assertTrue(noHandlerBusyWithin(Duration.ofSeconds(5)), "a server thread is still in the handler");
        assertTrue(server.simulator().exchanges().isEmpty(), "part of a body was judged as whole");
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            assertEquals("", readAll(socket));
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(waited < 5_000, "closed only after " + waited + " ms");
        }
    }

    private static HttpRequest createRequest(Interaction create, HttpRequest.BodyPublisher body) {
        return createRequest(server.baseUri(), create, body);
    }

    private static HttpRequest createRequest(URI base, Interaction create, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/Subscription"))
                .timeout(Duration.ofSeconds(30))
                .POST(body);
        for (Header header : create.headers().all()) {
            if (!List.of("host", "content-length").contains(header.name().toLowerCase(Locale.ROOT))) {
                request.header(header.name(), header.value());
            }
        }
        return request.build();
    }

    /** The body followed by white space to {@code size} bytes: still the same XML document. */
    private static byte[] padded(byte[] body, long size) {
        byte[] padded = Arrays.copyOf(body, Math.toIntExact(size));
        Arrays.fill(padded, body.length, padded.length, (byte) ' ');
        padded[padded.length - 1] = '\n';
        return padded;
    }

    private static String headerBlock(Interaction request, int length) {
        StringBuilder out = new StringBuilder("POST /STU3/Subscription HTTP/1.1\r\nHost: localhost\r\n");
        for (Header header : request.headers().all()) {
            if (!List.of("host", "content-length").contains(header.name().toLowerCase(Locale.ROOT))) {
                out.append(header.name()).append(": ").append(header.value()).append("\r\n");
            }
        }
        return out.append("Content-Length: ").append(length).append("\r\n\r\n").toString();
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(server.baseUri().getHost(), server.port());
        // Were the server never to close the connection, the read fails here rather than hanging the build.
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Everything the server sends until it closes the connection. */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for 10 s; it had sent: "
                    + got.toString(StandardCharsets.UTF_8));
        } catch (IOException reset) {
            // A reset is a close too.
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /** Whether, within {@code wait}, no thread of the server is inside the simulator's handler. */
    private static boolean noHandlerBusyWithin(Duration wait) throws InterruptedException {
        return handlerBusyBecomes(false, wait);
    }

    private static boolean handlerBusyWithin(Duration wait) throws InterruptedException {
        return handlerBusyBecomes(true, wait);
    }

    private static boolean handlerBusyBecomes(boolean busy, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            boolean inHandler = Thread.getAllStackTraces().values().stream()
                    .anyMatch(stack -> Arrays.stream(stack)
                            .anyMatch(frame -> frame.getClassName().equals(SimulatorHandler.class.getName())));
            if (inHandler == busy) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
