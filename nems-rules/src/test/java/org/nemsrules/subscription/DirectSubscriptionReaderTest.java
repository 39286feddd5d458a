package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.SharedFiles;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;

/**
 * The default path reads a usual Subscription without HAPI's parser ({@link DirectSubscriptionReader}); that must
 * change no verdict. Every body of every sample recording, fuzz seed and official example is read both ways, and
 * the outcomes must be the same: the same problems, the same resource (compared deeply and as HAPI writes it in
 * both syntaxes), the same elements out of order. Hand-written bodies at the edge of what the direct reader takes
 * show it handing each one to HAPI, and being held to the same outcome.
 */
class DirectSubscriptionReaderTest {
    private static final Path SAMPLES = Path.of("..", "sample-payloads");
    /** The fuzz seeds of every reader and of the validator, and the other files the tests read. */
    private static final Path SEEDS = Path.of("src", "test", "resources");

    private static final String XML_HEAD = "<Subscription xmlns=\"http://hl7.org/fhir\">";
    private static final String XML_TAIL = "<criteria value=\"/Bundle?type=message&amp;serviceType=PDS\"/>"
            + "<channel><type value=\"message\"/><endpoint value=\"https://mesh.example/A99968\"/></channel>"
            + "</Subscription>";

    @Test
    void everyBodyOfTheSamplesSeedsAndExamplesReadsTheSameEitherWay() throws IOException {
        Map<String, String> bodies = corpus();
        int direct = 0;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            direct += sameBothWays(body.getKey(), body.getValue()) ? 1 : 0;
        }

        assertTrue(bodies.size() >= 200, "bodies read: " + bodies.size());
        assertTrue(direct >= 40, "bodies read directly: " + direct + " of " + bodies.size());
    }

    @Test
    void everyCreateInTheValidSamplesIsReadWithoutHapisParser() throws IOException {
        List<String> creates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SAMPLES.resolve("valid"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (Interaction interaction : read(file).interactions()) {
                    if (interaction.kind() == InteractionKind.CREATE) {
                        creates.add(interaction.body().text());
                    }
                }
            }
        }

        assertTrue(creates.size() >= 10, "creates: " + creates.size());
        for (String create : creates) {
            assertTrue(sameBothWays("a valid create", create), create);
        }
    }

    static Stream<String> readDirectly() {
        return Stream.of(
                XML_HEAD + "<meta><profile value=\"" + SubscriptionFixtures.PROFILE + "\"/></meta>"
                        + "<status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"off\"/><contact><system value=\"url\"/><value value=\"https://x\"/>"
                        + "<use value=\"work\"/></contact><contact><system value=\"email\"/>"
                        + "<value value=\"a@b.example\"/></contact><end value=\"2030-01-01T00:00:00Z\"/>"
                        + "<reason value=\"r\"/><error value=\"e\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><criteria value=\"c\"/><channel><type value=\"message\"/>"
                        + "<payload value=\"application/fhir+xml\"/><header value=\"a: b\"/><header value=\"c: d\"/>"
                        + "</channel><tag><system value=\"s\"/><version value=\"1\"/><code value=\"c\"/>"
                        + "<display value=\"d\"/></tag></Subscription>",
                // Written out of order: read directly, and the order is judged by the table, as HAPI would.
                XML_HEAD + "<criteria value=\"c\"/><status value=\"requested\"/><channel><endpoint value=\"e\"/>"
                        + "<type value=\"message\"/></channel><contact><value value=\"v\"/><system value=\"url\"/>"
                        + "</contact></Subscription>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + XML_HEAD + "<status value=\"requested\"/>" + XML_TAIL,
                // A date where an instant belongs: HAPI's parser takes it too; subscription.end reports it.
                XML_HEAD + "<status value=\"requested\"/><end value=\"2030-01-01\"/>" + XML_TAIL,
                "{\"resourceType\":\"Subscription\",\"meta\":{\"profile\":[\"p\"]},\"status\":\"requested\","
                        + "\"contact\":[{\"system\":\"url\",\"value\":\"https://x\",\"use\":\"work\"}],"
                        + "\"end\":\"2030-01-01T00:00:00+01:00\",\"reason\":\"r\",\"criteria\":\"c\",\"channel\":"
                        + "{\"type\":\"message\",\"endpoint\":\"e\",\"header\":[\"a\",\"b\"]},"
                        + "\"tag\":[{\"code\":\"c\"}]}",
                "{\"status\":\"requested\",\"criteria\":\"c\",\"resourceType\":\"Subscription\","
                        + "\"channel\":{\"type\":\"message\"}}",
                // NEMS's answer to a read: an id, qualified by HAPI as Subscription/<id>/_history/<versionId>.
                XML_HEAD + "<id value=\"abc\"/><meta><versionId value=\"2\"/>"
                        + "<lastUpdated value=\"2026-01-01T00:00:00Z\"/></meta><status value=\"active\"/>" + XML_TAIL,
                XML_HEAD + "<id value=\"abc-1.2\"/><status value=\"active\"/>" + XML_TAIL,
                XML_HEAD + "<meta><versionId value=\"2\"/></meta><status value=\"active\"/>" + XML_TAIL,
                "{\"resourceType\":\"Subscription\",\"id\":\"abc\",\"meta\":{\"versionId\":\"7\","
                        + "\"lastUpdated\":\"2026-01-01T10:00:00.123+00:00\"},\"status\":\"active\","
                        + "\"criteria\":\"c\",\"channel\":{\"type\":\"message\"}}");
    }

    @ParameterizedTest
    @MethodSource
    void readDirectly(String body) {
        assertTrue(sameBothWays("a body the direct reader takes", body), body);
    }

    static Stream<String> leftToHapi() {
        return Stream.of(
                XML_HEAD + "<status value=\" requested\"/>" + XML_TAIL,
                // HAPI keeps comments in the model and writes them out again; the direct reader does not.
                XML_HEAD + "<status value=\"requested\"/><!-- a comment -->" + XML_TAIL,
                XML_HEAD + "<status value=\"requested \"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"Requested\"/>" + XML_TAIL,
                XML_HEAD + "<status/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\">text</status>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\" id=\"s\"/>" + XML_TAIL,
                XML_HEAD.replace(">", " value=\"v\">") + "<status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD.replace(">", " id=\"s\">") + "<status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"><extension url=\"u\"><valueString value=\"v\"/>"
                        + "</extension></status>" + XML_TAIL,
                XML_HEAD + "<id value=\"a b\"/><status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<id value=\"Subscription/abc/_history/3\"/><status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<id value=\"abc\"/><meta><versionId value=\"a/b\"/></meta><status value=\"active\"/>"
                        + XML_TAIL,
                XML_HEAD + "<meta><lastUpdated value=\"yesterday\"/></meta><status value=\"active\"/>" + XML_TAIL,
                XML_HEAD + "<meta/><status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><criteria value=\"c\"/><channel value=\"x\">"
                        + "<type value=\"message\"/></channel></Subscription>",
                XML_HEAD + "<status value=\"requested\"/><status value=\"active\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><end value=\"tomorrow\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><contact><rank value=\"1\"/></contact>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><contact/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><Criteria value=\"c\"/>" + XML_TAIL,
                XML_HEAD + "<status value=\"requested\"/><channel><type value=\"message\"/></channel>"
                        + "<channel><type value=\"message\"/></channel></Subscription>",
                XML_HEAD + "<status value=\"requested\"/><tag><userSelected value=\"true\"/></tag>" + XML_TAIL,
                XML_HEAD + "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
                        + "</text><status value=\"requested\"/>" + XML_TAIL,
                XML_HEAD + "<status xmlns=\"urn:other\" value=\"requested\"/>" + XML_TAIL,
                XML_HEAD.replace(">", " xmlns:x=\"urn:x\">") + "<status x:value=\"requested\"/>" + XML_TAIL,
                "<f:Subscription xmlns:f=\"http://hl7.org/fhir\"><f:status value=\"requested\"/>"
                        + "<f:criteria value=\"c\"/><f:channel><f:type value=\"message\"/></f:channel>"
                        + "</f:Subscription>",
                "<Subscription><status value=\"requested\"/><criteria value=\"c\"/></Subscription>",
                "{\"resourceType\":\"Subscription\",\"status\":1,\"criteria\":\"c\"}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":null}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"\"}",
                "{\"resourceType\":\"Subscription\",\"status\":[\"requested\"]}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"channel\":{}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"channel\":{\"header\":\"h\"}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"channel\":{\"header\":[]}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"contact\":[null]}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"contact\":{\"system\":\"url\"}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"tag\":[{}]}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"_status\":{\"id\":\"s\"}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"fhir_comments\":[\"c\"]}",
                "{\"resourceType\":\"Subscription\",\"id\":\"\",\"status\":\"requested\"}",
                "{\"resourceType\":\"Subscription\",\"id\":7,\"status\":\"requested\"}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"channel\":{\"resourceType\":\"x\"}}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"contact\":[{\"rank\":1}]}",
                "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"criteria\":\"c \"}",
                "{\"resourceType\":\"Subscription\",\"status\":\"sent\"}");
    }

    @ParameterizedTest
    @MethodSource
    void leftToHapi(String body) {
        assertFalse(sameBothWays("a body left to HAPI", body), body);
    }

    /**
     * Reads {@code body} both ways and asserts the same outcome; returns whether the direct reader read it.
     */
    private static boolean sameBothWays(String source, String body) {
        BodyLines lines = new BodyLines(1, false);
        SubscriptionParser.Outcome hapi = SubscriptionParser.parse(body, lines, false);
        SubscriptionParser.Outcome direct = SubscriptionParser.parse(body, lines, true);
        String where = source + ":\n" + body;

        assertEquals(hapi.problems(), direct.problems(), where);
        assertEquals(hapi.body().isPresent(), direct.body().isPresent(), where);
        if (hapi.body().isEmpty() || direct.body().isEmpty()) {
            return false;
        }
        SubscriptionBody byHapi = hapi.body().get();
        SubscriptionBody read = direct.body().get();
        assertFalse(byHapi.readDirectly(), where);
        assertEquals(byHapi.isSubscription(), read.isSubscription(), where);
        if (!read.isSubscription()) {
            return false;
        }
        Subscription expected = byHapi.subscription();
        Subscription actual = read.subscription();
        assertTrue(expected.equalsDeep(actual), where);
        assertEquals(expected.getIdElement().getValue(), actual.getIdElement().getValue(), where);
        assertEquals(
                Stu3.context().newJsonParser().encodeResourceToString(expected),
                Stu3.context().newJsonParser().encodeResourceToString(actual),
                where);
        assertEquals(
                Stu3.context().newXmlParser().encodeResourceToString(expected),
                Stu3.context().newXmlParser().encodeResourceToString(actual),
                where);
        if (read.readDirectly()) {
            assertEquals(
                    ElementOrder.of(Stu3.context(), byHapi.locations()), ElementOrder.ofKnown(read.locations()), where);
        }
        return read.readDirectly();
    }

    /** Every body written in the samples, the fuzz seeds and (when beside the checkout) the official examples. */
    private static Map<String, String> corpus() throws IOException {
        Map<String, String> bodies = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>(List.of(SAMPLES, SEEDS));
        officialExamples().ifPresent(roots::add);
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Recording recording = read(file);
                    for (Interaction interaction : recording.interactions()) {
                        String at = file + " #" + interaction.index();
                        if (!interaction.body().text().isBlank()) {
                            bodies.putIfAbsent(interaction.body().text(), at);
                        }
                        interaction
                                .response()
                                .filter(r -> !r.body().text().isBlank())
                                .ifPresent(r -> bodies.putIfAbsent(r.body().text(), at + " (answer)"));
                    }
                }
            }
        }
        Map<String, String> bySource = new LinkedHashMap<>();
        bodies.forEach((text, at) -> bySource.put(at, text));
        return bySource;
    }

    private static Recording read(Path file) {
        return new RecordingReader().read(file, file.toString());
    }

    private static Optional<Path> officialExamples() {
        return SharedFiles.find(SharedFiles.FHIR);
    }
}
