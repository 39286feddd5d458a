package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.ExercisedMatrix.Count;
import org.nemsrules.report.ExercisedMatrix.FormatRow;
import org.nemsrules.report.RequirementCoverageWriter.Format;

/**
 * The matrix an assurance tester reads: what the requests exercise, counted from what the validator read of each
 * request (never from text matched in the file), with the values nobody tried shown as zeros.
 */
class ExercisedMatrixTest {
    private static final NemsValidator VALIDATOR = NemsValidator.builder().build();

    /** The matrix of one file per text, each named by its extension (.http, .json, .xml). */
    private static ExercisedMatrix matrix(String... namesAndTexts) {
        List<FileResult> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(VALIDATOR.validate(read(namesAndTexts[i], namesAndTexts[i + 1])));
        }
        return ExercisedMatrix.of(new Report(files, RuleCatalog.builtIn().metadata()));
    }

    private static org.nemsrules.recording.Recording read(String name, String text) {
        return new RecordingReader()
                .read(name, text.getBytes(StandardCharsets.UTF_8), RecordingReader.format(Path.of(name)));
    }

    private static int requests(ExercisedMatrix matrix, Dimension dimension, String value) {
        return matrix.tally(dimension).counts().stream()
                .filter(c -> c.value().equals(value))
                .mapToInt(Count::requests)
                .findFirst()
                .orElse(-1);
    }

    private static FormatRow row(ExercisedMatrix matrix, String interaction) {
        return matrix.interaction(interaction).orElseThrow(() -> new AssertionError("no row " + interaction));
    }

    @Test
    void anExplicitXmlCreateWithARequestingUserIsCountedInEachDimension() throws IOException {
        ExercisedMatrix matrix = matrix("create.http", sample("create-explicit.http"));

        assertEquals(new FormatRow("create", 1, 0, 1), row(matrix, "create"));
        assertEquals(new FormatRow("read", 0, 0, 0), row(matrix, "read"), "a zero row says reads were never tried");
        assertEquals(new FormatRow("delete", 0, 0, 0), row(matrix, "delete"));
        assertEquals(1, requests(matrix, Dimension.CONTENT_TYPE, "application/fhir+xml;charset=utf-8"));
        assertEquals(1, requests(matrix, Dimension.ACCEPT, "application/fhir+xml;charset=utf-8"));
        assertEquals(1, requests(matrix, Dimension.SUBSCRIPTION, "explicit"));
        assertEquals(0, requests(matrix, Dimension.SUBSCRIPTION, "generic"));
        assertEquals(1, requests(matrix, Dimension.EVENT, "pds-change-of-address-1"));
        assertEquals(1, requests(matrix, Dimension.EVENT, "pds-death-notification-1"));
        assertEquals(0, requests(matrix, Dimension.EVENT, "pds-birth-notification-1"), "an event nobody tried");
        assertEquals(1, requests(matrix, Dimension.REQUESTING_USER, "with"));
        assertEquals(0, requests(matrix, Dimension.REQUESTING_USER, "without"));
        Count explicit = matrix.tally(Dimension.SUBSCRIPTION).counts().get(0);
        assertEquals("create.http", explicit.first().orElseThrow().file());
        assertTrue(explicit.first().orElseThrow().label().startsWith("POST "), explicit::toString);
    }

    @Test
    void aReadOrDeleteIsInTheFormatItsAcceptAsksForAndInXmlWhenItAsksForNone() throws IOException {
        String read = sample("read.http");
        ExercisedMatrix matrix = matrix(
                "json.http",
                replaced(read, "Accept: application/fhir+xml;charset=utf-8", "Accept: application/fhir+json"),
                "weighted.http",
                replaced(
                        read,
                        "Accept: application/fhir+xml;charset=utf-8",
                        "Accept: application/fhir+xml;q=0.5, application/fhir+json"),
                "none.http",
                replaced(read, "Accept: application/fhir+xml;charset=utf-8\n", ""),
                "delete.http",
                sample("delete.http"));

        assertEquals(new FormatRow("read", 1, 2, 3), row(matrix, "read"));
        assertEquals(1, row(matrix, "delete").total());
        assertEquals(2, requests(matrix, Dimension.ACCEPT, "application/fhir+json"));
        assertEquals(1, requests(matrix, Dimension.ACCEPT, "application/fhir+xml;q=0.5"));
        assertEquals(3, requests(matrix, Dimension.REQUESTING_USER, "without"), "read.http's token names no user");
        assertEquals(1, requests(matrix, Dimension.REQUESTING_USER, "with"), "delete.http's does");
        assertEquals(-1, requests(matrix, Dimension.SUBSCRIPTION, "neither"), "a read has no criteria");
    }

    @Test
    void aBareResourceAndAnUnsupportedRequestHaveRowsOfTheirOwn() throws IOException {
        ExercisedMatrix matrix = matrix(
                "subscription.json",
                sample("subscription-generic.json"),
                "put.http",
                replaced(sample("create-explicit.http"), "POST https://", "PUT https://"));

        assertEquals(new FormatRow("resource", 0, 1, 1), row(matrix, "resource"));
        assertEquals(new FormatRow("unsupported", 0, 0, 1), row(matrix, "unsupported"));
        assertEquals(0, row(matrix, "create").total());
        assertEquals(1, requests(matrix, Dimension.SUBSCRIPTION, "generic"));
        assertEquals(
                -1,
                requests(matrix, Dimension.CONTENT_TYPE, "application/fhir+xml;charset=utf-8"),
                "the media types of a request that is no interaction are not the API's");
    }

    @Test
    void anUnknownEventIsCountedWithoutQuotingItAndAnUnreadableTokenSaysNothingOfTheUser() throws IOException {
        String create = sample("create-explicit.http");
        String token = create.lines()
                .filter(l -> l.startsWith("Authorization: "))
                .findFirst()
                .orElseThrow();
        ExercisedMatrix matrix = matrix(
                "odd.http",
                replaced(
                        replaced(
                                create,
                                "MessageHeader.event=pds-death-notification-1",
                                "MessageHeader.event=x9434765919"),
                        token,
                        "Authorization: Bearer not-a-jwt"));

        assertEquals(1, requests(matrix, Dimension.EVENT, "not a NEMS event code"));
        assertTrue(matrix.tally(Dimension.EVENT).counts().stream()
                .noneMatch(c -> c.value().contains("9434765919")));
        assertEquals(0, requests(matrix, Dimension.REQUESTING_USER, "with"));
        assertEquals(0, requests(matrix, Dimension.REQUESTING_USER, "without"));
    }

    @Test
    void aMediaTypeWrittenWithANhsNumberOrATokenIsRedactedLikeEveryQuotedValue() throws IOException {
        String create = sample("create-explicit.http");
        String jwt = create.lines()
                .filter(l -> l.startsWith("Authorization: Bearer "))
                .findFirst()
                .orElseThrow()
                .substring("Authorization: Bearer ".length());
        String odd = replaced(
                create,
                "Accept: application/fhir+xml;charset=utf-8",
                "Accept: application/fhir+xml;patient=4857773456, application/x-" + jwt.substring(0, 60));
        FileResult file = VALIDATOR.validate(read("odd.http", odd));
        Report shown = new Report(List.of(file), RuleCatalog.builtIn().metadata()).redacted(Redactor.DEFAULT);

        ExercisedMatrix matrix = ExercisedMatrix.of(shown);
        List<String> accepts = matrix.tally(Dimension.ACCEPT).counts().stream()
                .map(Count::value)
                .toList();
        assertEquals(2, accepts.size(), accepts::toString);
        assertTrue(accepts.stream().noneMatch(v -> v.contains("4857773456")), accepts::toString);
        assertTrue(accepts.stream().noneMatch(v -> v.contains(jwt.substring(0, 40))), accepts::toString);
    }

    @Test
    void theValidSamplesExerciseEveryInteractionInBothFormatsAndBothKindsOfSubscription() throws IOException {
        List<FileResult> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("../sample-payloads/valid"))) {
            for (Path sample : samples.sorted().toList()) {
                files.add(VALIDATOR.validateFile(sample));
            }
        }
        ExercisedMatrix matrix =
                ExercisedMatrix.of(new Report(files, RuleCatalog.builtIn().metadata()));

        for (String interaction : List.of("create", "read", "delete")) {
            FormatRow row = row(matrix, interaction);
            assertTrue(row.xml() > 0 && row.json() > 0, row::toString);
        }
        assertTrue(requests(matrix, Dimension.SUBSCRIPTION, "explicit") > 0);
        assertTrue(requests(matrix, Dimension.SUBSCRIPTION, "generic") > 0);
        assertTrue(requests(matrix, Dimension.REQUESTING_USER, "with") > 0);
        assertTrue(requests(matrix, Dimension.REQUESTING_USER, "without") > 0);
        assertTrue(
                matrix.tally(Dimension.SUBSCRIPTION).counts().stream()
                        .allMatch(c -> List.of("explicit", "generic").contains(c.value())),
                "a valid sample is explicit or generic");
    }

    @Test
    void everyFormatWritesTheMatrix() throws IOException {
        String create = sample("create-explicit.http");
        FileResult file = VALIDATOR.validate(read("create.http", create));
        RequirementCoverage coverage = RequirementCoverage.of(
                new Report(List.of(file), RuleCatalog.builtIn().metadata()));
        RequirementCoverageWriter writer = new RequirementCoverageWriter(ToolInfo.current());

        StringWriter json = new StringWriter();
        writer.write(coverage, Format.JSON, json);
        JsonNode matrix = new ObjectMapper().readTree(json.toString()).path("matrix");
        assertEquals(
                "create",
                matrix.path("interactions").path(0).path("interaction").asText());
        assertEquals(1, matrix.path("interactions").path(0).path("XML").asInt());
        assertEquals(
                "explicit", matrix.path("subscription").path(0).path("value").asText());
        assertEquals(
                "create.http",
                matrix.path("subscription").path(0).path("first").path("file").asText());
        assertFalse(matrix.path("subscription").path(1).has("first"), "generic: no request, no first");
        assertEquals(1, matrix.path("requesting_user").path(0).path("requests").asInt());

        StringWriter markdown = new StringWriter();
        writer.write(coverage, Format.MARKDOWN, markdown);
        assertTrue(markdown.toString().contains("| create | 1 | 0 | 1 |"), markdown::toString);
        assertTrue(markdown.toString().contains("| generic | 0 | none |"), markdown::toString);

        StringWriter html = new StringWriter();
        writer.write(coverage, Format.HTML, html);
        assertTrue(html.toString().contains("<tr><th>create</th><td>1</td><td>0</td><td>1</td></tr>"), html::toString);
        assertTrue(html.toString().contains("id=\"matrix-requesting-user\""), html::toString);
    }
}
