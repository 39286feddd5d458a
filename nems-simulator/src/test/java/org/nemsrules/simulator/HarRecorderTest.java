package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/** The HAR files the simulator records: named in order, written whole, holding the request exactly as sent. */
class HarRecorderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path recordings;

    @Test
    void filesAreNamedBySequenceInteractionAndStatusAndNothingElseIsLeft() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();
        String id = Requests.idOf(simulator.handle(Requests.create()).response());
        simulator.handle(Requests.read(id));
        simulator.handle(Requests.delete(id));
        simulator.handle(Requests.read(id));
        simulator.handle(Samples.simulated(Samples.first("invalid/http-options.http")));

        assertEquals(
                List.of(
                        "000001-create-201.har",
                        "000002-read-200.har",
                        "000003-delete-200.har",
                        "000004-read-404.har",
                        "000005-other-400.har"),
                fileNames());
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                simulator.exchanges().stream().map(Exchange::sequence).toList());
        assertEquals(
                recordings.resolve("000004-read-404.har"),
                simulator.exchanges().get(3).recording().orElseThrow());
    }

    @Test
    void theSequenceOfNamesGoesOnAfterAReset() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();
        simulator.handle(Requests.create());
        simulator.reset();
        simulator.handle(Requests.create());

        assertEquals(List.of("000001-create-201.har", "000002-create-201.har"), fileNames());
        assertEquals(1, simulator.exchanges().size());
    }

    @Test
    void aBodyThatIsNotUtf8IsWrittenInBase64AndJudgedAsNemsCheckJudgesTheRecording() throws IOException {
        SimulatedRequest create = Requests.create();
        String text = new String(create.body(), StandardCharsets.UTF_8).replace("Keep the", "Keep the caf\u00e9's");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        int offset = text.indexOf('\u00e9');
        SimulatedRequest sent = new SimulatedRequest(create.method(), create.uri(), create.headers(), latin1);
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();

        Exchange exchange = simulator.handle(sent);

        Path har = exchange.recording().orElseThrow();
        assertEquals("000001-create-400.har", har.getFileName().toString());
        JsonNode postData = request(har).get("postData");
        assertEquals("base64", postData.get("encoding").asText());
        assertArrayEquals(
                latin1, Base64.getDecoder().decode(postData.get("text").asText()));
        // nems-check refuses a body that is not UTF-8 (NEMS accepts UTF-8 only): the live judgement is the same.
        List<Finding> recorded =
                NemsValidator.builder().build().validateFile(har).findings();
        assertEquals(
                List.of("recording.invalid-encoding ERROR"),
                recorded.stream().map(f -> f.ruleId() + " " + f.severity()).toList());
        assertTrue(recorded.get(0).message().contains("byte 0xE9 at offset " + offset), recorded.toString());
        assertEquals(
                recorded.stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.message())
                        .toList(),
                exchange.findings().stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.message())
                        .toList());
        assertEquals(400, exchange.response().status());
        assertTrue(exchange.response().bodyText().contains("BAD_REQUEST"));
        assertTrue(simulator.subscriptions().isEmpty());
    }

    @Test
    void aUtf8BodyIsWrittenAsTextWithoutAnEncoding() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();
        SimulatedRequest create = Requests.create();

        Path har = simulator.handle(create).recording().orElseThrow();

        JsonNode postData = request(har).get("postData");
        assertFalse(postData.has("encoding"));
        assertEquals(
                new String(create.body(), StandardCharsets.UTF_8),
                postData.get("text").asText());
        assertEquals(
                "application/fhir+xml;charset=utf-8", postData.get("mimeType").asText());
    }

    @Test
    void theRequestsHeaderFieldsAreWrittenInTheOrderTheyCameRepeatsIncluded() throws IOException {
        SimulatedRequest read = Requests.read("0123456789abcdef0123456789abcdef");
        List<HeaderField> headers = new ArrayList<>();
        headers.add(new HeaderField("X-Zeta", "1"));
        headers.addAll(read.headers());
        headers.add(new HeaderField("X-Alpha", "2"));
        headers.add(new HeaderField("X-Zeta", "3"));
        SimulatedRequest sent =
                new SimulatedRequest(read.method(), URI.create(read.uri().toString()), headers, read.body());
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();

        Path har = simulator.handle(sent).recording().orElseThrow();

        List<HeaderField> written = new ArrayList<>();
        request(har)
                .get("headers")
                .forEach(h -> written.add(
                        new HeaderField(h.get("name").asText(), h.get("value").asText())));
        assertEquals(headers, written);
        Interaction readBack =
                new RecordingReader().read(har, "recorded.har").interactions().get(0);
        assertEquals(
                headers,
                readBack.headers().all().stream()
                        .map(h -> new HeaderField(h.name(), h.value()))
                        .toList());
        assertEquals(sent.uri().toString(), readBack.target());
        assertEquals("GET", readBack.method());
    }

    @Test
    void theResponseIsRecordedWithItsStatusHeadersAndBody() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();
        Exchange exchange = simulator.handle(Requests.read("0123456789abcdef0123456789abcdef"));

        JsonNode response =
                JSON.readTree(exchange.recording().orElseThrow().toFile()).at("/log/entries/0/response");

        assertEquals(404, response.get("status").asInt());
        assertEquals("Not Found", response.get("statusText").asText());
        assertEquals(
                exchange.response().bodyText(), response.at("/content/text").asText());
        assertEquals(
                exchange.response().header("Content-Type").orElseThrow(),
                response.at("/content/mimeType").asText());
    }

    private static JsonNode request(Path har) throws IOException {
        JsonNode entries = JSON.readTree(har.toFile()).at("/log/entries");
        assertEquals(1, entries.size());
        return entries.get(0).get("request");
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(recordings)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
