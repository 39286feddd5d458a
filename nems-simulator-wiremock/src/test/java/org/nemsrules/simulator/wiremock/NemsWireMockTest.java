package org.nemsrules.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

class NemsWireMockTest {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static Interaction sample(String name) {
        return new RecordingReader()
                .read(SAMPLES.resolve(name), name)
                .interactions()
                .get(0);
    }

    /** Sends a sample's request to {@code base}'s host, at {@code path}. */
    static HttpResponse<String> send(String base, Interaction request, String path) throws Exception {
        byte[] body = request.body().bytes();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        request.method(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Header header : request.headers().all()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                builder.header(header.name(), header.value());
            }
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nemsPathsAreAnsweredByTheSimulatorAndTheTeamsStubsStayAsTheyAre() throws Exception {
        NemsWireMock nems = NemsWireMock.create();
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().extensions(nems));
        server.start();
        try {
            server.stubFor(get("/health").willReturn(ok("up")));
            String base = "http://localhost:" + server.port();

            HttpResponse<String> created = send(base, sample("valid/create-explicit.http"), "/STU3/Subscription");
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertTrue(location.matches("http://localhost:\\d+/STU3/Subscription/[0-9a-f]{32}"), location);

            HttpResponse<String> read =
                    send(base, sample("valid/read.http"), URI.create(location).getPath());
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("<status value=\"active\"/>"), read.body());

            HttpResponse<String> health = send(base, sample("valid/read.http"), "/health");
            assertEquals(200, health.statusCode());
            assertEquals("up", health.body(), "a path outside /STU3/ goes to the team's stub");
            assertEquals(2, nems.exchanges().size(), "the simulator saw the two NEMS requests only");
        } finally {
            server.stop();
        }
    }

    @Test
    void anInvalidRequestGetsThePredictedAnswer() throws Exception {
        NemsWireMock nems = NemsWireMock.create();
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().extensions(nems));
        server.start();
        try {
            Interaction create = sample("valid/create-explicit.http");
            HttpResponse<String> put = send(
                    "http://localhost:" + server.port(), create, "/STU3/Subscription/0123456789abcdef0123456789abcdef");
            // Sent as a POST to a path with an id: NEMS assigns ids.
            assertTrue(put.statusCode() >= 400, put.statusCode() + " " + put.body());
            assertTrue(put.body().contains("OperationOutcome"), put.body());
            assertTrue(nems.exchanges().get(0).hasErrors());
        } finally {
            server.stop();
        }
    }

    @Test
    void aTestThatSendsAnInvalidRequestFailsAndNamesTheRule() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SendsACreateWithAnId.class))
                .execute()
                .testEvents();
        tests.assertStatistics(stats -> stats.started(1).failed(1));
        Throwable failure = tests.failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertTrue(
                failure.getMessage().contains("the NEMS simulator received 1 request with errors during this test"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("http.id-on-create"), failure.getMessage());
    }

    @Test
    void aTestThatSendsAValidRequestPasses() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SendsAValidCreate.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    /** A team's test class, run by the tests above through the JUnit engine: one create. */
    static class SendsAValidCreate {
        @RegisterExtension
        static NemsWireMock nems = NemsWireMock.create();

        @RegisterExtension
        static WireMockExtension wireMock = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().extensions(nems))
                .build();

        @Test
        void createsASubscription() throws Exception {
            send("http://localhost:" + wireMock.getPort(), sample("valid/create-explicit.http"), "/STU3/Subscription");
        }
    }

    /** The same, with a mistake in the client: it names an id on create, which NEMS assigns. */
    static class SendsACreateWithAnId {
        @RegisterExtension
        static NemsWireMock nems = NemsWireMock.create();

        @RegisterExtension
        static WireMockExtension wireMock = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().extensions(nems))
                .build();

        @Test
        void createsASubscription() throws Exception {
            send(
                    "http://localhost:" + wireMock.getPort(),
                    sample("valid/create-explicit.http"),
                    "/STU3/Subscription/0123456789abcdef0123456789abcdef");
        }
    }
}
