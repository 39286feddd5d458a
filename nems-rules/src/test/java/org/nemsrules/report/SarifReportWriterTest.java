package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

class SarifReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA_RESOURCE = "json/sarif-schema-2.1.0.json";
    /** The schema's {@code $id}: mapped to the copy on the classpath so nothing is fetched. */
    private static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static final List<String> NETWORK_ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

    private static JsonSchema sarifSchema;

    @BeforeAll
    static void loadSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V7,
                builder -> builder.schemaMappers(
                                mappers -> mappers.mapPrefix(SCHEMA_ID, "classpath:" + SCHEMA_RESOURCE))
                        .schemaLoaders(loaders -> loaders.add((AbsoluteIri iri) -> {
                            String scheme = iri.getScheme();
                            if ("http".equals(scheme) || "https".equals(scheme)) {
                                NETWORK_ATTEMPTS.add(iri.toString());
                                throw new IllegalStateException("the test must not fetch " + iri);
                            }
                            return null;
                        })));
        try (InputStream in = SarifReportWriterTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, "the SARIF schema is on the test class path (sarif4j)");
            sarifSchema = factory.getSchema(in);
        }
        sarifSchema.initializeValidators();
    }

    private static Set<ValidationMessage> validate(JsonNode sarif) {
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertEquals(List.of(), NETWORK_ATTEMPTS, "schema validation went to the network");
        return errors;
    }

    private static JsonNode sarif(Report report) throws Exception {
        return MAPPER.readTree(Reports.write(new SarifReportWriter(Reports.TOOL), report));
    }

    private static JsonNode run(Report report) throws Exception {
        JsonNode runs = sarif(report).get("runs");
        assertEquals(1, runs.size());
        return runs.get(0);
    }

    @Test
    void theReportIsValidSarif210() throws Exception {
        JsonNode sarif = sarif(Reports.sample());

        assertEquals("2.1.0", sarif.get("version").textValue());
        assertEquals(Set.of(), validate(sarif));
    }

    @Test
    void aReportWithABaselineIsValidSarif210AndSaysWhatTheBaselineDid() throws Exception {
        Report baselined = Baseline.of(new Report(
                        List.of(new FileResult(
                                Reports.SPACED, List.of("a"), List.of(Reports.SCOPE_ERROR, Reports.PAYLOAD_NOTE))),
                        List.of()))
                .apply(Reports.sample());
        JsonNode sarif = sarif(baselined);

        assertEquals(Set.of(), validate(sarif));
        JsonNode properties = sarif.get("runs").get(0).get("properties");
        assertEquals(2, properties.get("baselined").intValue());
        assertEquals(0, properties.get("staleBaselineEntries").intValue());
        assertEquals(
                Reports.sample().findings().count() - 2,
                sarif.get("runs").get(0).get("results").size());
    }

    @Test
    void theSourceRootIsTheBaseDirectoryAsAnAbsoluteFileUriEndingInASlash(@TempDir Path base) throws Exception {
        Path root = java.nio.file.Files.createDirectories(base.resolve("reactor root"));
        JsonNode sarif = MAPPER.readTree(Reports.write(new SarifReportWriter(Reports.TOOL, root), Reports.sample()));

        assertEquals(Set.of(), validate(sarif));
        JsonNode srcroot = sarif.get("runs").get(0).get("originalUriBaseIds").get("%SRCROOT%");
        assertEquals(root.toUri().toASCIIString(), srcroot.get("uri").textValue());
        assertTrue(srcroot.get("uri").textValue().endsWith("/reactor%20root/"), srcroot.toString());
        JsonNode location = sarif.get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation");
        assertEquals("%SRCROOT%", location.get("uriBaseId").textValue());
        assertEquals(
                Path.of(URI.create(srcroot.get("uri").textValue())
                        .resolve(location.get("uri").textValue())),
                root.resolve(Reports.sample()
                        .findings()
                        .findFirst()
                        .orElseThrow()
                        .location()
                        .file()));
        assertTrue(
                sarif(Reports.sample())
                        .get("runs")
                        .get(0)
                        .path("originalUriBaseIds")
                        .isMissingNode(),
                "without a base directory none is claimed");
    }

    @Test
    void anEmptyReportIsValidSarif210() throws Exception {
        assertEquals(Set.of(), validate(sarif(new Report(List.of(), List.of()))));
    }

    @Test
    void theRunsNotesAreNotificationsOfItsInvocationAndTheDocumentIsStillValidSarif210() throws Exception {
        JsonNode sarif = sarif(Reports.sampleWithNotes());

        assertEquals(Set.of(), validate(sarif));
        JsonNode invocations = sarif.get("runs").get(0).get("invocations");
        assertEquals(1, invocations.size());
        JsonNode invocation = invocations.get(0);
        assertTrue(invocation.get("executionSuccessful").booleanValue());
        List<String> texts = new ArrayList<>();
        for (JsonNode notification : iterate(invocation.get("toolExecutionNotifications"))) {
            assertEquals("note", notification.get("level").textValue());
            texts.add(notification.get("message").get("text").textValue());
        }
        assertEquals(Reports.NOTES, texts);
    }

    @Test
    void aRunWithoutNotesHasAnInvocationThatSucceededWithoutNotifications() throws Exception {
        JsonNode invocation = run(Reports.sample()).get("invocations").get(0);

        assertTrue(invocation.get("executionSuccessful").booleanValue());
        assertFalse(invocation.has("toolExecutionNotifications"), invocation.toString());
    }

    static List<Consumer<ObjectNode>> breakages() {
        return List.of(
                doc -> doc.put("version", "2.0"),
                doc -> doc.remove("runs"),
                doc -> ((ObjectNode) doc.get("runs").get(0).get("results").get(0)).remove("message"),
                doc -> ((ObjectNode) doc.get("runs").get(0).get("results").get(0)).put("level", "fatal"),
                doc -> ((ObjectNode) doc.get("runs")
                                .get(0)
                                .get("results")
                                .get(0)
                                .get("locations")
                                .get(0)
                                .get("physicalLocation")
                                .get("region"))
                        .put("startLine", 0),
                doc -> ((ObjectNode) doc.get("runs").get(0).get("tool").get("driver")).remove("name"),
                doc -> ((ObjectNode) doc.get("runs").get(0).get("invocations").get(0)).remove("executionSuccessful"),
                doc -> doc.put("unexpected", true));
    }

    @Test
    void aBrokenDocumentFailsTheSchemaSoTheValidatorReallyChecks() throws Exception {
        List<Consumer<ObjectNode>> breakages = breakages();
        for (int i = 0; i < breakages.size(); i++) {
            ObjectNode doc = (ObjectNode) sarif(Reports.sample());
            breakages.get(i).accept(doc);
            assertFalse(validate(doc).isEmpty(), "breakage " + i + " should be rejected: " + doc);
        }
    }

    @Test
    void everyRuleIsDescribedAsGitHubCodeScanningNeeds() throws Exception {
        Report report = Reports.sample();
        JsonNode driver = run(report).get("tool").get("driver");

        assertEquals("nems-check", driver.get("name").textValue());
        assertEquals("9.8.7-test", driver.get("version").textValue());
        JsonNode rules = driver.get("rules");
        assertEquals(
                report.rules().stream().map(RuleMetadata::id).toList(),
                iterate(rules).stream().map(r -> r.get("id").textValue()).toList());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            RuleMetadata meta = report.rules().get(i);
            assertEquals(meta.title(), rule.get("shortDescription").get("text").textValue());
            assertEquals(
                    meta.description(), rule.get("fullDescription").get("text").textValue());
            assertTrue(rule.get("help").get("text").textValue().startsWith(meta.fix()), rule.toString());
            URI help = URI.create(rule.get("helpUri").textValue());
            assertTrue(help.isAbsolute() && help.getScheme().equals("https"), help.toString());
            assertEquals(
                    SarifReportWriter.level(meta.defaultSeverity()),
                    rule.get("defaultConfiguration").get("level").textValue());
            JsonNode properties = rule.get("properties");
            if (meta.httpStatus() == null) {
                assertTrue(properties.path("httpStatus").isMissingNode(), rule.toString());
            } else {
                assertEquals(
                        meta.httpStatus().intValue(),
                        properties.get("httpStatus").intValue());
                assertEquals(meta.spineCode(), properties.get("spineCode").textValue());
                assertEquals(
                        meta.answerInferred(), properties.get("answerInferred").booleanValue());
            }
        }
        assertEquals(
                "note",
                rules.get(iterate(rules).stream()
                                .map(r -> r.get("id").textValue())
                                .toList()
                                .indexOf("subscription.unused-element"))
                        .get("defaultConfiguration")
                        .get("level")
                        .textValue());
    }

    @Test
    void everyResultHasAMessageOneRelativeLocationWithALineAndAFingerprint() throws Exception {
        Report report = Reports.sample();
        JsonNode run = run(report);
        List<JsonNode> results = iterate(run.get("results"));

        assertEquals(report.findings().count(), results.size());
        for (JsonNode result : results) {
            assertFalse(result.get("message").get("text").textValue().isBlank(), result.toString());
            assertEquals(1, result.get("locations").size(), result.toString());
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").textValue();
            URI parsed = URI.create(uri);
            assertFalse(parsed.isAbsolute(), uri);
            assertFalse(uri.startsWith("/"), uri);
            assertTrue(physical.get("region").get("startLine").intValue() >= 1, result.toString());
            assertTrue(result.get("partialFingerprints").size() >= 1, result.toString());
            result.get("partialFingerprints")
                    .elements()
                    .forEachRemaining(v -> assertFalse(v.textValue().isBlank()));
            int index = result.get("ruleIndex").intValue();
            assertEquals(
                    result.get("ruleId").textValue(),
                    run.get("tool")
                            .get("driver")
                            .get("rules")
                            .get(index)
                            .get("id")
                            .textValue());
        }
    }

    @Test
    void resultsKeepTheMessageLevelLineAndColumnOfTheirFinding() throws Exception {
        List<JsonNode> results = iterate(run(Reports.sample()).get("results"));
        JsonNode scope = results.stream()
                .filter(r -> r.get("ruleId").textValue().equals("jwt.scope-value"))
                .findFirst()
                .orElseThrow();
        JsonNode header = results.stream()
                .filter(r -> r.get("message").textValue() == null
                        && r.get("message").get("text").textValue().startsWith("InteractionID"))
                .findFirst()
                .orElseThrow();

        assertEquals(Reports.NASTY, scope.get("message").get("text").textValue());
        assertEquals("error", scope.get("level").textValue());
        JsonNode location = scope.get("locations").get(0).get("physicalLocation");
        assertEquals(
                "recordings/my%20subscriptions/create.http",
                location.get("artifactLocation").get("uri").textValue());
        assertEquals(3, location.get("region").get("startLine").intValue());
        assertFalse(location.get("region").has("startColumn"));
        assertEquals(
                15,
                header.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startColumn")
                        .intValue());
        assertEquals("warning", header.get("level").textValue());
    }

    @Test
    void aFindingAboutTheWholeFilePointsAtItsFirstLine() throws Exception {
        JsonNode unreadable = iterate(run(Reports.sample()).get("results")).stream()
                .filter(r -> r.get("ruleId").textValue().equals("recording.unreadable-file"))
                .findFirst()
                .orElseThrow();

        assertEquals(
                1,
                unreadable
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .intValue());
    }

    @ParameterizedTest
    @CsvSource({"ERROR, error", "WARNING, warning", "INFO, note"})
    void severitiesMapToSarifLevels(Severity severity, String level) throws Exception {
        Finding finding =
                new Finding("jwt.scope-value", severity, "m", new Location("a.http", 0, 2, null, ""), "", null, null);
        JsonNode result = run(new Report(
                        List.of(new FileResult("a.http", List.of("x"), List.of(finding))), List.of(Reports.SCOPE)))
                .get("results")
                .get(0);

        assertEquals(level, result.get("level").textValue());
    }

    private static String fingerprintOf(Finding finding) throws Exception {
        Report report = new Report(
                List.of(new FileResult(finding.location().file(), List.of("x"), List.of(finding))),
                List.of(Reports.SCOPE));
        JsonNode prints = run(report).get("results").get(0).get("partialFingerprints");
        assertEquals(1, prints.size());
        return prints.elements().next().textValue();
    }

    @Test
    void aFingerprintIsUnchangedWhenOnlyTheLineMoves() throws Exception {
        Finding before = Reports.SCOPE_ERROR;
        Finding moved = new Finding(
                before.ruleId(),
                before.severity(),
                before.message(),
                new Location(
                        before.location().file(), 0, 42, 7, before.location().path()),
                before.requirement(),
                before.httpStatus(),
                before.spineCode());

        assertEquals(fingerprintOf(before), fingerprintOf(moved));
    }

    @Test
    void aFingerprintChangesWhenTheMessageChanges() throws Exception {
        Finding before = Reports.SCOPE_ERROR;
        Finding reworded = new Finding(
                before.ruleId(),
                before.severity(),
                before.message() + " (now different)",
                before.location(),
                before.requirement(),
                before.httpStatus(),
                before.spineCode());

        assertNotEquals(fingerprintOf(before), fingerprintOf(reworded));
    }

    @Test
    void aFingerprintChangesWhenTheFileOrTheLogicalPathChanges() throws Exception {
        Finding before = Reports.SCOPE_ERROR;
        Finding otherFile = new Finding(
                before.ruleId(),
                before.severity(),
                before.message(),
                new Location("other.http", 0, 3, null, before.location().path()),
                before.requirement(),
                null,
                null);
        Finding otherPath = new Finding(
                before.ruleId(),
                before.severity(),
                before.message(),
                new Location(before.location().file(), 0, 3, null, "jwt.claims.aud"),
                before.requirement(),
                null,
                null);

        assertNotEquals(fingerprintOf(before), fingerprintOf(otherFile));
        assertNotEquals(fingerprintOf(before), fingerprintOf(otherPath));
    }

    @Test
    void aFingerprintIsUnchangedWhenARequestIsInsertedAboveAndIsTheFindingsOwnWithItsOccurrence() throws Exception {
        Finding before = Reports.SCOPE_ERROR;
        Finding nowSecondRequest = new Finding(
                before.ruleId(),
                before.severity(),
                before.message(),
                new Location(
                        before.location().file(), 1, 15, null, before.location().path()),
                before.requirement(),
                null,
                null);

        assertEquals(fingerprintOf(before), fingerprintOf(nowSecondRequest));
        assertEquals(before.fingerprint() + ":1", fingerprintOf(before));
    }

    @Test
    void identicalFindingsOnTwoRequestsOfAFileAreNumberedApart() throws Exception {
        Finding first = Reports.SCOPE_ERROR;
        Finding second = new Finding(
                first.ruleId(),
                first.severity(),
                first.message(),
                new Location(
                        first.location().file(), 1, 15, null, first.location().path()),
                first.requirement(),
                null,
                null);
        Report report = new Report(
                List.of(new FileResult(first.location().file(), List.of("a", "b"), List.of(first, second))),
                List.of(Reports.SCOPE));

        List<JsonNode> results = iterate(run(report).get("results"));
        assertEquals(
                first.fingerprint() + ":1",
                results.get(0).get("partialFingerprints").get("nemsFinding/v3").textValue());
        assertEquals(
                first.fingerprint() + ":2",
                results.get(1).get("partialFingerprints").get("nemsFinding/v3").textValue());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a.http | a.http",
                "my dir/a b.http | my%20dir/a%20b.http",
                "dir\\sub\\a.http | dir/sub/a.http",
                "100%.http | 100%25.http",
                "dir/a#1.http | dir/a%231.http",
                "dir/é.http | dir/%C3%A9.http",
                "urn:x.http | ./urn:x.http"
            })
    void artifactUrisAreRelativeAndPercentEncoded(String path, String uri) {
        String written = SarifReportWriter.relativeUri(path);

        assertEquals(uri, written);
        assertFalse(URI.create(written).isAbsolute(), written);
    }

    private static List<JsonNode> iterate(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.elements().forEachRemaining(list::add);
        return list;
    }
}
