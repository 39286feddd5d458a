package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines of a recording as a report quotes them: the redactor knows which lines are headers (in a {@code .http}
 * file) and which strings are a header's value (in a HAR), so a credential is cut whole whatever it looks like.
 */
class RecordingRedactionTest {
    private static final String OPAQUE = "opaque-4f9c2b7e81d04a6fb3e5c9d2a7f1e8b0";
    private static final String BASIC = "dXNlcjpzM2NyZXQ=";

    private static String all(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void inAnHttpFileEveryCredentialHeaderIsCutWhole() {
        List<String> lines = List.of(
                "# create, then read: 4 headers",
                "POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1",
                "Authorization: Basic " + BASIC,
                "Proxy-Authorization: Bearer " + OPAQUE,
                "Cookie: SESSION=abc; other=1",
                "X-Api-Key:" + "plainwords",
                "Authorization Bearer short-1",
                "fromASID: 2000000003",
                "Content-Type: application/fhir+json",
                "",
                "X-Auth-Token plainwords",
                "###",
                "GET /STU3/Subscription/abc HTTP/1.1",
                "Authorization: Bearer eyJhbGciOiJub25lIn0\tsecond-half-of-it",
                "");

        List<String> shown = Redactor.DEFAULT.redactRecording("rec.http", lines);

        assertEquals(lines.size(), shown.size());
        assertEquals(lines.get(0), shown.get(0));
        assertEquals("Authorization: Basic …[credential of 16 characters, redacted]", shown.get(2));
        assertEquals("Proxy-Authorization: Bearer …[credential of 39 characters, redacted]", shown.get(3));
        assertEquals("Cookie: …[credential of 20 characters, redacted]", shown.get(4));
        assertEquals("X-Api-Key:…[credential of 10 characters, redacted]", shown.get(5));
        assertEquals("Authorization Bearer …[credential of 7 characters, redacted]", shown.get(6));
        assertEquals("fromASID: 2000000003", shown.get(7), "an ASID stays readable");
        assertEquals(lines.get(10), shown.get(10), "the body is not a header block");
        assertEquals("Authorization: Bearer eyJhbGciOi…[JWT of 37 characters, redacted]", shown.get(13));
    }

    @Test
    void aFoldedLineContinuesTheCredentialAboveIt() {
        List<String> shown = Redactor.DEFAULT.redactRecording(
                "rec.http",
                List.of("GET /STU3/Subscription/abc HTTP/1.1", "Authorization: Bearer", "  " + OPAQUE, "Accept: */*"));

        assertEquals("  …[credential of 39 characters, redacted]", shown.get(2));
        assertEquals("Accept: */*", shown.get(3));
    }

    @Test
    void inAHarTheValueOfACredentialHeaderIsCutWhereverItIsWritten() {
        List<String> lines = List.of(
                "{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": {",
                "  \"method\": \"POST\", \"url\": \"https://nems.example/STU3/Subscription\",",
                "  \"headers\": [",
                "    {\"name\": \"Authorization\", \"value\": \"Bearer " + OPAQUE + "\"},",
                "    {",
                "      \"name\": \"Cookie\",",
                "      \"value\":",
                "        \"SESSION=abc123\"",
                "    },",
                "    {\"value\": \"" + BASIC + "x\", \"name\": \"X-Api-Key\"},",
                "    {\"name\": \"fromASID\",",
                "     \"value\": \"2000000003\"},",
                "    {\"name\": \"X-Note\", \"value\": \"patient 4010232137\"}",
                "  ],",
                "  \"cookies\": [{\"name\": \"anything\", \"value\": \"c00kie-value\"}],",
                "  \"queryString\": [{\"name\": \"access_token\", \"value\": \"t0k3n\"}]",
                "}}]}}");

        List<String> shown = Redactor.DEFAULT.redactRecording("rec.har", lines);
        String text = all(shown);

        assertEquals(
                "    {\"name\": \"Authorization\", \"value\": \"Bearer …[credential of 39 characters, redacted]\"},",
                shown.get(3));
        assertEquals("        \"…[credential of 14 characters, redacted]\"", shown.get(7));
        assertEquals(
                "    {\"value\": \"…[credential of 17 characters, redacted]\", \"name\": \"X-Api-Key\"},",
                shown.get(9));
        assertEquals("     \"value\": \"2000000003\"},", shown.get(11), "an ASID stays readable");
        assertTrue(shown.get(12).contains("patient 401****137"), shown.get(12));
        assertFalse(text.contains("c00kie-value") || text.contains("t0k3n") || text.contains("abc123"), text);
    }

    @Test
    void aHarOnOneLineIsCutToo() {
        String line =
                "{\"log\":{\"entries\":[{\"request\":{\"headers\":[{\"name\":\"fromASID\",\"value\":\"2000000003\"},"
                        + "{\"name\":\"authorization\",\"value\":\"Basic " + BASIC + "\"}],\"postData\":{\"text\":"
                        + "\"{\\\"nhs\\\":\\\"4010232137\\\"}\"}}}]}}";

        String shown =
                Redactor.DEFAULT.redactRecording("one-line.har", List.of(line)).get(0);

        assertTrue(shown.contains("\"value\":\"Basic …[credential of 16 characters, redacted]\""), shown);
        assertTrue(shown.contains("\"value\":\"2000000003\""), shown);
        assertTrue(shown.contains("401****137"), shown);
    }

    @Test
    void aHarThatIsNotWellFormedIsStillCutLineByLine() {
        List<String> lines = List.of(
                "{\"log\": {\"entries\": [{\"request\": {\"headers\": [",
                "  {\"name\": \"Authorization\",",
                "   \"value\": \"Bearer " + OPAQUE + "\"},",
                "  {\"value\": \"SESSION=abc123\", \"name\": \"Cookie\"},",
                "  {\"name\": \"X-Note\", \"value\": \"fine\"}",
                "  ] oops");

        List<String> shown = Redactor.DEFAULT.redactRecording("broken.har", lines);

        assertEquals("   \"value\": \"Bearer …[credential of 39 characters, redacted]\"},", shown.get(2));
        assertEquals(
                "  {\"value\": \"…[credential of 14 characters, redacted]\", \"name\": \"Cookie\"},", shown.get(3));
        assertEquals(lines.get(4), shown.get(4));
    }

    @Test
    void otherFilesAreCutByWhatTheirTextLooksLike() {
        List<String> shown = Redactor.DEFAULT.redactRecording(
                "subscription.json", List.of("{\"Authorization\": \"Bearer " + OPAQUE + "\", \"id\": \"4010232137\"}"));

        assertEquals(
                "{\"Authorization\": \"Bearer …[credential of 39 characters, redacted]\", \"id\": \"401****137\"}",
                shown.get(0));
    }

    @Test
    void withNhsNumbersKeptCredentialsAreStillCut() {
        List<String> shown = Redactor.KEEP_NHS_NUMBERS.redactRecording(
                "rec.http", List.of("GET /STU3/Patient/4010232137 HTTP/1.1", "Cookie: SESSION=abc123"));

        assertEquals(
                List.of("GET /STU3/Patient/4010232137 HTTP/1.1", "Cookie: …[credential of 14 characters, redacted]"),
                shown);
    }
}
