package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.RecordedResponse;
import org.nemsrules.recording.HarReader;
import org.nemsrules.recording.Recording;
import org.nemsrules.report.SpineErrorCode;

/** HAR entries' responses, as browsers, proxies and the simulator write them, read beside their requests. */
class HarAnswersTest {
    private static String har(String response) {
        return """
                {"log": {"version": "1.2", "entries": [{
                  "request": {"method": "GET",
                    "url": "https://clinicals.spineservices.nhs.uk/STU3/Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03",
                    "headers": [{"name": "Accept", "value": "application/fhir+json"}]},
                  "response": %s
                }]}}
                """.formatted(response);
    }

    private static Interaction only(String har) {
        Recording recording = new HarReader().read("answers.har", har.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), recording.problems());
        return recording.interactions().get(0);
    }

    @Test
    void theStatusHeadersAndTextAreReadWithTheirLines() {
        Interaction read = only(har("""
                {"status": 404, "statusText": "Not Found",
                    "headers": [{"name": "content-type", "value": "application/fhir+json"}],
                    "content": {"mimeType": "application/fhir+json",
                      "text": "{\\"resourceType\\": \\"OperationOutcome\\"}"}}"""));

        RecordedResponse response = read.response().orElseThrow();
        assertEquals(404, response.statusCode());
        assertEquals("Not Found", response.reason());
        assertEquals(5, response.line());
        assertEquals(6, response.headers().first("Content-Type").orElseThrow().line());
        assertEquals("{\"resourceType\": \"OperationOutcome\"}", response.body().text());
        assertEquals(8, response.body().line());
        assertTrue(response.bodyRecorded());
    }

    @Test
    void contentWithoutTextIsAnAnswerWithoutARecordedBodyAndItsMimeTypeStandsForAMissingHeader() {
        RecordedResponse response = only(har("""
                {"status": 200, "statusText": "", "headers": [],
                  "content": {"size": 612, "mimeType": "application/fhir+json"}}""")).response().orElseThrow();
        assertFalse(response.bodyRecorded());
        assertEquals(Optional.empty(), response.headers().first("Content-Type"), "no body, so no type stands in");
    }

    @Test
    void aStatusOfZeroIsNoAnswer() {
        assertEquals(
                Optional.empty(),
                only(har("{\"status\": 0, \"headers\": [], \"content\": {}}")).response());
        assertEquals(Optional.empty(), only(har("{\"status\": -1}")).response());
    }

    @Test
    void aBase64TextIsDecodedAndAnUnknownEncodingIsAProblemThatLeavesTheRequestChecked() {
        String outcome =
                "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"details\": {\"coding\": [{\"system\": \""
                        + SpineErrorCode.SYSTEM + "\", \"code\": \"NO_RECORD_FOUND\"}]}}]}";
        String base64 = Base64.getEncoder().encodeToString(outcome.getBytes(StandardCharsets.UTF_8));
        Interaction decoded = only(har("{\"status\": 404, \"headers\": [], \"content\": {\"mimeType\": "
                + "\"application/fhir+json\", \"encoding\": \"base64\", \"text\": \"" + base64 + "\"}}"));
        assertEquals(outcome, decoded.response().orElseThrow().body().text());
        assertEquals(
                List.of(),
                Answers.harFindings(
                        ErrorOutcomeRule.ID,
                        har("{\"status\": 404, \"headers\": [], "
                                + "\"content\": {\"mimeType\": \"application/fhir+json\", \"encoding\": \"base64\", \"text\": \""
                                + base64 + "\"}}")));

        Recording gzip = new HarReader()
                .read(
                        "answers.har",
                        har("{\"status\": 404, \"headers\": [], \"content\": {\"encoding\": \"gzip\", \"text\": \"x\"}}")
                                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, gzip.interactions().size(), "the request is still checked");
        assertEquals(Optional.empty(), gzip.interactions().get(0).response());
        assertEquals(1, gzip.problems().size());
        assertTrue(gzip.problems()
                .get(0)
                .message()
                .contains("log.entries[0].response.content.encoding is 'gzip'; the reader knows only 'base64'"));
    }

    @Test
    void aHarAnswerIsJudgedByTheResponseRules() {
        List<Finding> found = Answers.harFindings(ErrorOutcomeRule.ID, har("""
                {"status": 404, "statusText": "Not Found",
                    "headers": [{"name": "Content-Type", "value": "text/html"}],
                    "content": {"mimeType": "text/html", "text": "<html><body>Not Found</body></html>"}}"""));
        assertEquals(1, found.size(), found::toString);
        assertEquals(7, found.get(0).location().line(), "the line of content.text");
    }
}
