package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode written(Report report) throws Exception {
        return MAPPER.readTree(Reports.write(new JsonReportWriter(Reports.TOOL), report));
    }

    @Test
    void theToolIsNamedWithItsVersion() throws Exception {
        JsonNode tool = written(Reports.sample()).get("tool");

        assertEquals("nems-check", tool.get("name").textValue());
        assertEquals("9.8.7-test", tool.get("version").textValue());
    }

    @Test
    void eachFileIsListedWithItsPathItsRequestCountAndItsFindings() throws Exception {
        JsonNode files = written(Reports.sample()).get("files");

        assertEquals(3, files.size());
        assertEquals(
                List.of(Reports.UNREADABLE, Reports.CLEAN, Reports.SPACED),
                List.of(
                        files.get(0).get("path").textValue(),
                        files.get(1).get("path").textValue(),
                        files.get(2).get("path").textValue()));
        assertEquals(
                List.of(0, 1, 2),
                List.of(
                        files.get(0).get("interactions").intValue(),
                        files.get(1).get("interactions").intValue(),
                        files.get(2).get("interactions").intValue()));
        assertEquals(
                List.of(1, 0, 4),
                List.of(
                        files.get(0).get("findings").size(),
                        files.get(1).get("findings").size(),
                        files.get(2).get("findings").size()));
        assertTrue(files.get(1).get("findings").isArray());
    }

    @Test
    void aFindingHasEveryFieldOfThePublishedShape() throws Exception {
        JsonNode finding =
                written(Reports.sample()).get("files").get(2).get("findings").get(1);

        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("rule", "jwt.scope-value");
        expected.put("severity", "error");
        expected.put("message", Reports.NASTY);
        expected.put("line", 3);
        expected.put("column", null);
        expected.put("path", "jwt.claims.scope");
        expected.put("requirement", "R-JWT-07");
        expected.put("httpStatus", 400);
        expected.put("spineCode", "MISSING_OR_INVALID_HEADER");
        for (Map.Entry<String, Object> field : expected.entrySet()) {
            assertTrue(finding.has(field.getKey()), "missing field " + field.getKey() + " in " + finding);
            assertEquals(MAPPER.valueToTree(field.getValue()), finding.get(field.getKey()), field.getKey());
        }
    }

    @Test
    void unknownLineColumnAndAnswerAreNullNotMissing() throws Exception {
        JsonNode fileLevel =
                written(Reports.sample()).get("files").get(0).get("findings").get(0);

        for (String field : List.of("line", "column", "path", "requirement", "httpStatus", "spineCode")) {
            assertTrue(fileLevel.has(field), "field " + field + " must be present");
            assertTrue(fileLevel.get(field).isNull(), field + " must be null, was " + fileLevel.get(field));
        }
        assertEquals("recording.unreadable-file", fileLevel.get("rule").textValue());
        assertEquals(
                "the file could not be read: AccessDenied",
                fileLevel.get("message").textValue());
    }

    @Test
    void aKnownColumnAndEachSeverityAreWrittenAsLabels() throws Exception {
        JsonNode findings = written(Reports.sample()).get("files").get(2).get("findings");

        assertEquals(
                List.of("warning", "error", "warning", "info"),
                List.of(
                        findings.get(0).get("severity").textValue(),
                        findings.get(1).get("severity").textValue(),
                        findings.get(2).get("severity").textValue(),
                        findings.get(3).get("severity").textValue()));
        assertEquals(10, findings.get(2).get("line").intValue());
        assertEquals(15, findings.get(2).get("column").intValue());
        assertEquals("header:InteractionID", findings.get(2).get("path").textValue());
    }

    @Test
    void theSummaryCountsFilesRequestsAndFindingsBySeverity() throws Exception {
        JsonNode summary = written(Reports.sample()).get("summary");

        assertEquals(
                MAPPER.readTree("{\"files\":3,\"interactions\":3,\"errors\":2,\"warnings\":2,\"infos\":1}"), summary);
    }

    @Test
    void anEmptyReportIsStillTheSameShape() throws Exception {
        JsonNode json = written(new Report(List.of(), List.of()));

        assertEquals(0, json.get("files").size());
        assertEquals(
                MAPPER.readTree("{\"files\":0,\"interactions\":0,\"errors\":0,\"warnings\":0,\"infos\":0}"),
                json.get("summary"));
    }

    @Test
    void theRunsNotesAreANotesArrayAfterTheSummary() throws Exception {
        JsonNode json = written(Reports.sampleWithNotes());

        List<String> notes = new ArrayList<>();
        json.get("notes").forEach(note -> notes.add(note.textValue()));
        assertEquals(Reports.NOTES, notes);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("tool", "files", "summary", "notes"), fields);
    }

    @Test
    void aRunWithoutNotesHasAnEmptyNotesArray() throws Exception {
        JsonNode notes = written(Reports.sample()).get("notes");

        assertTrue(notes != null && notes.isArray() && notes.isEmpty(), String.valueOf(notes));
    }

    @Test
    void theControlCharacterIsEscapedSoTheOutputIsOneJsonDocument() {
        String text = Reports.write(new JsonReportWriter(Reports.TOOL), Reports.sample());

        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), "raw control chars");
        assertTrue(text.endsWith("}\n"));
    }
}
