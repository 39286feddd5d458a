package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.NemsSimulator;

/**
 * The create, read, delete and read again of the samples, sent by the HTTP clients suppliers use: OkHttp 5, Apache
 * HttpClient 5 (classic) and curl. Each client frames the request its own way (header case, order, how the body's
 * length is told); the simulator must answer each the same.
 */
class ClientLibrariesTest {
    /** A client's answer, whatever the library: status, the header fields asked for, and the body as text. */
    record Answer(int status, Optional<String> location, Optional<String> contentType, String body) {}

    /** Sends one request with one client library. */
    interface Client {
        Answer send(String method, URI to, List<Header> headers, byte[] body) throws Exception;
    }

    /** Headers a client library sets itself, from the body it is given and the connection it opens. */
    private static final List<String> SET_BY_CLIENT = List.of("host", "content-length", "connection");

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
        server.simulator().reset();
    }

    @Test
    void okHttpCreatesReadsAndDeletes() throws Exception {
        OkHttpClient client = new OkHttpClient();
        try {
            lifecycle((method, to, headers, body) -> {
                okhttp3.Request.Builder request = new okhttp3.Request.Builder().url(to.toString());
                MediaType type = null;
                for (Header header : sent(headers)) {
                    request.addHeader(header.name(), header.value());
                    if (header.name().equalsIgnoreCase("Content-Type")) {
                        type = MediaType.parse(header.value());
                    }
                }
                // Without a body OkHttp sends none; with one it says its length (no chunking).
                request.method(method, body.length == 0 ? null : RequestBody.create(body, type));
                try (okhttp3.Response response = client.newCall(request.build()).execute()) {
                    return new Answer(
                            response.code(),
                            Optional.ofNullable(response.header("Location")),
                            Optional.ofNullable(response.header("Content-Type")),
                            response.body().string());
                }
            });
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Test
    void apacheHttpClientCreatesReadsAndDeletes() throws Exception {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            lifecycle((method, to, headers, body) -> {
                HttpUriRequestBase request = new HttpUriRequestBase(method, to);
                ContentType type = null;
                for (Header header : sent(headers)) {
                    if (header.name().equalsIgnoreCase("Content-Type")) {
                        type = ContentType.parse(header.value());
                    } else {
                        request.addHeader(header.name(), header.value());
                    }
                }
                if (body.length > 0) {
                    // The entity carries the Content-Type, written as the sample writes it.
                    request.setEntity(new ByteArrayEntity(body, type));
                }
                return client.execute(
                        request,
                        response -> new Answer(
                                response.getCode(),
                                Optional.ofNullable(response.getFirstHeader("Location"))
                                        .map(org.apache.hc.core5.http.Header::getValue),
                                Optional.ofNullable(response.getFirstHeader("Content-Type"))
                                        .map(org.apache.hc.core5.http.Header::getValue),
                                response.getEntity() == null
                                        ? ""
                                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
            });
        }
    }

    @Test
    void curlCreatesReadsAndDeletes(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "/usr/bin/curl is not installed");
        lifecycle((method, to, headers, body) -> {
            Path requestBody = Files.write(dir.resolve("request-body"), body);
            Path responseHeaders = dir.resolve("response-headers");
            Path responseBody = dir.resolve("response-body");
            List<String> command = new ArrayList<>(List.of(
                    "/usr/bin/curl",
                    "--silent",
                    "--show-error",
                    "--max-time",
                    "20",
                    "--request",
                    method,
                    "--dump-header",
                    responseHeaders.toString(),
                    "--output",
                    responseBody.toString()));
            for (Header header : sent(headers)) {
                command.add("--header");
                command.add(header.name() + ": " + header.value());
            }
            if (body.length > 0) {
                command.add("--data-binary");
                command.add("@" + requestBody);
            }
            command.add(to.toString());
            Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(curl.waitFor(30, TimeUnit.SECONDS), "curl did not finish");
            assertEquals(0, curl.exitValue(), said);
            List<String> lines = Files.readAllLines(responseHeaders, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            return new Answer(
                    status,
                    field(lines, "Location"),
                    field(lines, "Content-Type"),
                    Files.readString(responseBody, StandardCharsets.UTF_8));
        });
    }

    private static Optional<String> field(List<String> lines, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return lines.stream()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip())
                .findFirst();
    }

    private static List<Header> sent(List<Header> headers) {
        return headers.stream()
                .filter(h -> !SET_BY_CLIENT.contains(h.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Create, read, delete, read again: 201 with a Location, 200 with the Subscription, 200, 404. */
    private static void lifecycle(Client client) throws Exception {
        URI base = server.baseUri();
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        Answer created = client.send("POST", URI.create(base + "/Subscription"), headers(create), bytes(create));
        assertEquals(201, created.status(), created.body());
        assertEquals("", created.body());
        String location = created.location().orElseThrow();
        assertTrue(location.startsWith(base + "/Subscription/"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(id.matches("[0-9a-f]{32}"), id);

        Interaction read = SampleRequests.of("valid/read.http").get(0);
        Answer got = client.send("GET", URI.create(location), headers(read), new byte[0]);
        assertEquals(200, got.status(), got.body());
        assertEquals(Optional.of("application/fhir+xml;charset=utf-8"), got.contentType());
        assertTrue(got.body().contains("<id value=\"" + id + "\"/>"), got.body());
        assertTrue(got.body().contains("<versionId value=\"1\"/>"), got.body());
        assertTrue(got.body().contains("<status value=\"active\"/>"), got.body());
        assertTrue(got.body().contains("nhs-number|9990000018"), got.body());

        Interaction delete = SampleRequests.of("valid/delete.http").get(0);
        Answer deleted = client.send("DELETE", URI.create(location), headers(delete), new byte[0]);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals("", deleted.body());

        Answer again = client.send("GET", URI.create(location), headers(read), new byte[0]);
        assertEquals(404, again.status(), again.body());
        assertTrue(again.body().contains("NO_RECORD_FOUND"), again.body());
        assertTrue(again.body().contains("<OperationOutcome"), again.body());

        assertEquals(4, server.simulator().exchanges().size());
        assertTrue(
                server.simulator().exchanges().stream().noneMatch(e -> e.hasErrors()),
                () -> server.simulator().exchanges().toString());
    }

    private static List<Header> headers(Interaction request) {
        return request.headers().all();
    }

    private static byte[] bytes(Interaction request) {
        return request.body().bytes();
    }
}
