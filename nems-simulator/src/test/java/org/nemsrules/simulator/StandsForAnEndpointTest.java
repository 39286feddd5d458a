package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;

/**
 * A simulator that stands for a configured environment's endpoint judges each request as sent there, so that a
 * configuration with environments does not find every request to the simulator's own address under none of them.
 */
class StandsForAnEndpointTest {
    private static final URI LIVE = URI.create("https://clinicals.spineservices.nhs.uk");

    @Test
    void theSimulatorsOwnAddressIsUnderNoEnvironment() throws Exception {
        NemsSimulator simulator =
                NemsSimulator.builder().validator(withSamplesConfig()).build();

        Exchange exchange = simulator.handle(atSimulator(Requests.create()));

        // The token's aud names the live endpoint too, which is not where the request went.
        assertEquals(List.of("config.environment", "jwt.audience-host"), ruleIds(exchange.findings()));
        assertEquals(400, exchange.response().status());
    }

    @Test
    void standingForTheEnvironmentTheRequestIsJudgedAsSentThere(@TempDir Path recordings) throws Exception {
        NemsValidator validator = withSamplesConfig();
        NemsSimulator simulator = NemsSimulator.builder()
                .validator(validator)
                .standsFor(LIVE)
                .recordTo(recordings)
                .build();

        Exchange exchange = simulator.handle(atSimulator(Requests.create()));

        assertEquals(List.of(), exchange.findings());
        assertEquals(201, exchange.response().status());
        assertEquals(
                URI.create("https://clinicals.spineservices.nhs.uk/STU3/Subscription"),
                exchange.request().uri());
        String location = exchange.response().header("Location").orElseThrow();
        assertTrue(location.startsWith("http://127.0.0.1:8080/STU3/Subscription/"), location);
        // The recording holds the request as judged, so a check of it gives what the live request got.
        Path har = exchange.recording().orElseThrow();
        assertTrue(java.nio.file.Files.readString(har)
                .contains("\"url\" : \"https://clinicals.spineservices.nhs.uk/STU3/Subscription\""));
        assertEquals(List.of(), validator.validateFile(har).findings());
    }

    @Test
    void aTokenForAnotherEnvironmentIsStillFound() throws Exception {
        NemsSimulator simulator = NemsSimulator.builder()
                .validator(withSamplesConfig())
                .standsFor(LIVE)
                .build();
        SimulatedRequest forInt = Requests.withClaims(
                atSimulator(Requests.create()),
                claims ->
                        claims.replace("https://clinicals.spineservices.nhs.uk", "https://msg.int.spine2.ncrs.nhs.uk"));

        Exchange exchange = simulator.handle(forInt);

        assertTrue(
                ruleIds(exchange.findings()).contains("config.environment"),
                exchange.findings().toString());
    }

    @Test
    void theEndpointsPathComesBeforeTheRequestsAndStu3IsNotRepeated() {
        SimulatedRequest create = atSimulator(Requests.create());
        SimulatedRequest withQuery = new SimulatedRequest(
                "GET", URI.create("http://localhost:9/STU3/Subscription?status=active"), List.of(), new byte[0]);

        assertEquals(
                URI.create("https://host.example/nems/STU3/Subscription"),
                NemsSimulator.sentTo(URI.create("https://host.example/nems/"), create)
                        .uri());
        assertEquals(
                URI.create("https://host.example:8443/STU3/Subscription"),
                NemsSimulator.sentTo(URI.create("https://host.example:8443/STU3"), create)
                        .uri());
        assertEquals(
                URI.create("https://host.example/STU3/Subscription?status=active"),
                NemsSimulator.sentTo(URI.create("https://host.example"), withQuery)
                        .uri());
        SimulatedRequest judged = NemsSimulator.sentTo(LIVE, create);
        assertEquals(create.headers(), judged.headers());
        assertEquals(
                new String(create.body(), java.nio.charset.StandardCharsets.UTF_8),
                new String(judged.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anEndpointMustBeAnAbsoluteUrlWithAHost() {
        assertThrows(
                IllegalArgumentException.class, () -> NemsSimulator.builder().standsFor(URI.create("/STU3")));
        assertThrows(
                IllegalArgumentException.class, () -> NemsSimulator.builder().standsFor(URI.create("urn:x:y")));
    }

    private static NemsValidator withSamplesConfig() throws Exception {
        SupplierConfig config = SupplierConfig.load(Samples.ROOT.resolve("nems-rules.yaml"));
        return config.applyTo(NemsValidator.builder()).build();
    }

    /** The request as a client configured with the simulator's base URL sends it. */
    private static SimulatedRequest atSimulator(SimulatedRequest request) {
        String path = request.uri().getRawPath();
        return new SimulatedRequest(
                request.method(), URI.create("http://127.0.0.1:8080" + path), request.headers(), request.body());
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
