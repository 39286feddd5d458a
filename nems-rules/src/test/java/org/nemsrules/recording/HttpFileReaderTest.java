package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.rules.InvalidEncodingRule;
import org.nemsrules.recording.rules.MalformedHeaderRule;
import org.nemsrules.recording.rules.MalformedRequestLineRule;

class HttpFileReaderTest {
    private static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";

    private static Recording read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Recording read(byte[] bytes) {
        return new HttpFileReader().read("t.http", bytes);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    private static ReadProblem onlyProblem(Recording recording) {
        assertEquals(1, recording.problems().size(), () -> "problems: " + recording.problems());
        return recording.problems().get(0);
    }

    @Test
    void aSingleRequestIsReadWithMethodTargetHeadersBodyAndLines() {
        Recording r = read(lines(
                "POST " + BASE + " HTTP/1.1",
                "Content-Type: application/fhir+json",
                "Ssp-InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost",
                "",
                "{\"resourceType\": \"Subscription\"}",
                ""));
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.interactions().size());
        Interaction i = r.interactions().get(0);
        assertEquals("t.http", i.file());
        assertEquals(0, i.index());
        assertEquals(Origin.HTTP_FILE, i.origin());
        assertEquals("POST", i.method());
        assertEquals(BASE, i.target());
        assertEquals(1, i.line());
        assertEquals(
                List.of(
                        new Header("Content-Type", "application/fhir+json", 2),
                        new Header(
                                "Ssp-InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost", 3)),
                i.headers().all());
        assertEquals("{\"resourceType\": \"Subscription\"}", i.body().text());
        assertEquals(5, i.body().line());
    }

    @Test
    void requestsSeparatedByTripleHashLinesAreReadInOrderWithTheirOwnLines() {
        Recording r = read(lines(
                "### create",
                "POST /STU3/Subscription HTTP/1.1",
                "Accept: application/fhir+json",
                "",
                "{}",
                "",
                "### read",
                "GET /STU3/Subscription/ea0a485187204b49b978bdcf7102388c HTTP/1.1",
                "Accept: application/fhir+xml",
                "###",
                "DELETE /STU3/Subscription/ea0a485187204b49b978bdcf7102388c"));
        assertEquals(List.of(), r.problems());
        List<Interaction> all = r.interactions();
        assertEquals(3, all.size());
        assertEquals(
                List.of("POST", "GET", "DELETE"),
                all.stream().map(Interaction::method).toList());
        assertEquals(List.of(2, 8, 11), all.stream().map(Interaction::line).toList());
        assertEquals(List.of(0, 1, 2), all.stream().map(Interaction::index).toList());
        assertEquals("{}", all.get(0).body().text());
        assertTrue(all.get(1).body().isEmpty(), "the separator must not be read as the body of the read");
        assertEquals(9, all.get(1).headers().all().get(0).line());
        assertTrue(all.get(2).headers().isEmpty());
    }

    @Test
    void commentLinesBeforeTheRequestLineAndAmongHeadersAreSkipped() {
        Recording r = read(lines(
                "# expect: http.unsupported-method",
                "// a note",
                "   # indented comment",
                "",
                "PUT /STU3/Subscription/abc HTTP/1.1",
                "# expect: something",
                "Accept: application/fhir+json",
                "// between headers",
                "Content-Type: application/fhir+json",
                "",
                "{}"));
        assertEquals(List.of(), r.problems());
        Interaction i = r.interactions().get(0);
        assertEquals("PUT", i.method());
        assertEquals(5, i.line());
        assertEquals(
                List.of(
                        new Header("Accept", "application/fhir+json", 7),
                        new Header("Content-Type", "application/fhir+json", 9)),
                i.headers().all());
        assertEquals(11, i.body().line());
    }

    @ParameterizedTest(name = "line ending {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR", "MIXED", "ALL_THREE"})
    void lineEndingsDoNotChangeWhatIsReadOrTheLineNumbers(String ending) {
        String[] parts = {
            "# comment",
            "POST /STU3/Subscription HTTP/1.1",
            "Content-Type: application/fhir+json",
            "Accept: application/fhir+json",
            "",
            "{",
            "  \"resourceType\": \"Subscription\"",
            "}",
            "",
            ""
        };
        StringBuilder text = new StringBuilder();
        StringBuilder recordedBody = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            String eol = switch (ending) {
                case "LF" -> "\n";
                case "CRLF" -> "\r\n";
                case "CR" -> "\r";
                case "MIXED" -> k % 2 == 0 ? "\r\n" : "\n";
                // CR is never followed by the LF of an empty line here: that would be one CR LF.
                default -> List.of("\n", "\r", "\r\n").get(k % 3);
            };
            text.append(parts[k]).append(eol);
            if (k >= 5 && k <= 7) {
                recordedBody.append(parts[k]).append(k < 7 ? eol : "");
            }
        }
        Recording r = read(text.toString());
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.interactions().size());
        Interaction i = r.interactions().get(0);
        assertEquals("POST", i.method());
        assertEquals("/STU3/Subscription", i.target());
        assertEquals(2, i.line());
        assertEquals(
                List.of(
                        new Header("Content-Type", "application/fhir+json", 3),
                        new Header("Accept", "application/fhir+json", 4)),
                i.headers().all());
        assertEquals(6, i.body().line());
        assertEquals(recordedBody.toString(), i.body().text(), "the body keeps the line ends it was recorded with");
    }

    @Test
    void aFileWithCrAloneIsReadLineByLineNotAsOneComment() {
        String text = String.join(
                "\r",
                "# nems-rules: ignore http.base-path \u2014 the test environment has no /STU3",
                "GET /Subscription/abc HTTP/1.1",
                "Accept: application/fhir+json",
                "###",
                "# a second request, whose header line is broken",
                "DELETE /STU3/Subscription/abc HTTP/1.1",
                "fromASID 123456789012",
                "Accept: application/fhir+json",
                "");
        Recording r = read(text);
        assertEquals(2, r.interactions().size(), "two requests, not one comment line");
        assertEquals(
                List.of(2, 6), r.interactions().stream().map(Interaction::line).toList());
        assertEquals(
                List.of(new Header("Accept", "application/fhir+json", 3)),
                r.interactions().get(0).headers().all());
        assertEquals(1, r.interactions().get(0).suppressions().size());
        assertEquals(1, r.interactions().get(0).suppressions().get(0).line());
        assertEquals(
                "the test environment has no /STU3",
                r.interactions().get(0).suppressions().get(0).reason());
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHeaderRule.ID, p.ruleId());
        assertEquals(7, p.line());
        assertEquals(
                List.of(new Header("Accept", "application/fhir+json", 8)),
                r.interactions().get(1).headers().all());
    }

    @ParameterizedTest(name = "line ending {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void anEncodingErrorIsReportedOnItsLineWhateverTheLineEnds(String eol) {
        byte[] bytes = ("GET /x HTTP/1.1" + eol + "Accept: x" + eol + "X-Name: Ren\u00e9" + eol)
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadProblem p = onlyProblem(read(bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(3, p.line());
        byte[] nul = ("GET /x HTTP/1.1" + eol + eol + eol + "a\0").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(4, onlyProblem(read(nul)).line());
    }

    @Test
    void theBodyKeepsLinesStartingWithHashOrSlashesAndDropsTrailingBlankLines() {
        String body = lines(
                "<Subscription xmlns=\"http://hl7.org/fhir\">",
                "# not a comment: inside the body",
                "// nor this",
                "",
                "  <status value=\"requested\"/>",
                "</Subscription>");
        Recording r = read(
                lines("POST /STU3/Subscription", "Content-Type: application/fhir+xml", "", body, "", "   ", "", ""));
        assertEquals(List.of(), r.problems());
        Interaction i = r.interactions().get(0);
        assertEquals(body, i.body().text());
        assertEquals(4, i.body().line());
    }

    @Test
    void aJsonBodyWithAHashLineIsKeptWhole() {
        String body = lines("{", "#\"odd\": 1,", "\"resourceType\": \"Subscription\"", "}");
        Interaction i = read("POST /STU3/Subscription HTTP/1.1\n\n" + body + "\n")
                .interactions()
                .get(0);
        assertEquals(body, i.body().text());
        assertEquals(3, i.body().line());
    }

    @Test
    void aRequestLineWithoutHttpVersionIsAccepted() {
        Recording r = read("GET /STU3/Subscription/abc\nAccept: application/fhir+json\n");
        assertEquals(List.of(), r.problems());
        assertEquals("GET", r.interactions().get(0).method());
        assertEquals("/STU3/Subscription/abc", r.interactions().get(0).target());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "POST|truncated",
                "'{\"a\":1}'|HTTP method",
                "POST /STU3/Subscription HTTP/1.1 extra|4 parts",
                "POST /STU3/Sub scription HTTP/1.1|4 parts",
                "POST /STU3/Subscription HTTP/x|not an HTTP version",
                "POST /STU3/Subscription http/1.1|not an HTTP version",
                "POST /STU3/Subscription HTTP1.1|not an HTTP version",
            })
    void aMalformedRequestLineIsReportedWithItsLineAndTheRequestIsNotRead(String requestLine, String says) {
        String line = requestLine.startsWith("'") ? requestLine.substring(1, requestLine.length() - 1) : requestLine;
        Recording r = read(lines("# comment", "", line, "Accept: application/fhir+json", "", "{}"));
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedRequestLineRule.ID, p.ruleId());
        assertEquals(3, p.line());
        assertTrue(p.message().contains(says), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void aMalformedRequestLineDoesNotStopTheNextRequestBeingRead() {
        Recording r = read(lines("POST", "###", "GET /STU3/Subscription/abc HTTP/1.1"));
        assertEquals(1, onlyProblem(r).line());
        assertEquals(1, r.interactions().size());
        assertEquals(3, r.interactions().get(0).line());
        assertEquals(0, r.interactions().get(0).index());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Content-Type application/fhir+json|no ':'",
                "Content Type: application/fhir+json|not a valid HTTP field name",
                ": no name|not a valid HTTP field name",
                "' folded continuation'|obsolete line folding",
                "'\tfolded with a tab'|obsolete line folding",
            })
    void aMalformedHeaderIsReportedWithItsLineAndTheOtherHeadersAreStillRead(String bad, String says) {
        Recording r = read(lines(
                "POST /STU3/Subscription HTTP/1.1",
                "Accept: application/fhir+json",
                bad,
                "Content-Type: application/fhir+xml",
                "",
                "<Subscription/>"));
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHeaderRule.ID, p.ruleId());
        assertEquals(3, p.line());
        assertTrue(p.message().contains(says), p.message());
        Interaction i = r.interactions().get(0);
        assertEquals(
                List.of(
                        new Header("Accept", "application/fhir+json", 2),
                        new Header("Content-Type", "application/fhir+xml", 4)),
                i.headers().all());
        assertEquals("<Subscription/>", i.body().text());
        assertEquals(6, i.body().line());
    }

    @Test
    void aHeaderValueKeepsColonsAndIsStrippedOfSurroundingSpace() {
        Interaction i = read("GET /x HTTP/1.1\nAuthorization:   Bearer a:b:c  \n")
                .interactions()
                .get(0);
        assertEquals(
                List.of(new Header("Authorization", "Bearer a:b:c", 2)),
                i.headers().all());
    }

    @ParameterizedTest(name = "[{index}] ends with {0}")
    @ValueSource(strings = {"", "\n", "\r\n"})
    void aFileEndingRightAfterTheHeadersHasAnEmptyBody(String end) {
        Recording r = read("DELETE /STU3/Subscription/abc HTTP/1.1\nAccept: application/fhir+json" + end);
        assertEquals(List.of(), r.problems());
        Interaction i = r.interactions().get(0);
        assertTrue(i.body().isEmpty());
        assertEquals(0, i.body().line());
        assertEquals(
                List.of(new Header("Accept", "application/fhir+json", 2)),
                i.headers().all());
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", "\n\n", "   \r\n\t\n", "# only a comment\n// and another\n", "###\n# c\n###\n"})
    void anEmptyOrCommentOnlyFileHasNoInteractionsAndNoProblems(String text) {
        Recording r = read(text);
        assertEquals(List.of(), r.interactions());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aUtf8ByteOrderMarkIsStripped() {
        byte[] text = "GET /STU3/Subscription/abc HTTP/1.1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);
        Recording r = read(bytes);
        assertEquals(List.of(), r.problems());
        assertEquals("GET", r.interactions().get(0).method());
        assertEquals(1, r.interactions().get(0).line());
    }

    @Test
    void aUtf8ByteOrderMarkDoesNotHideALaterEncodingError() {
        byte[] bytes = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "GET /x HTTP/1.1\nX-Name: Ren".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, 'e', '\n'});
        ReadProblem p = onlyProblem(read(bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(2, p.line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
    void utf16WithAByteOrderMarkIsAnInvalidEncodingOnLineOne(String charset) {
        byte[] bom =
                charset.endsWith("BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] bytes = concat(bom, "GET /x HTTP/1.1\n".getBytes(java.nio.charset.Charset.forName(charset)));
        Recording r = read(bytes);
        ReadProblem p = onlyProblem(r);
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("UTF-16"), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsAnInvalidEncodingThatNamesUtf16() {
        byte[] bytes = "GET /STU3/Subscription/abc HTTP/1.1\nAccept: x\n".getBytes(StandardCharsets.UTF_16LE);
        ReadProblem p = onlyProblem(read(bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("UTF-16"), p.message());
    }

    @Test
    void aNulByteLaterInTheFileIsReportedOnItsLine() {
        byte[] bytes = "GET /x HTTP/1.1\nAccept: x\nX-Bin: a\0b\n".getBytes(StandardCharsets.UTF_8);
        ReadProblem p = onlyProblem(read(bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(3, p.line());
    }

    @Test
    void latin1BytesAreAnInvalidEncodingOnTheLineOfTheFirstBadByte() {
        byte[] bytes =
                "POST /x HTTP/1.1\nAccept: x\n\n{\"name\": \"Ren\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Recording r = read(bytes);
        ReadProblem p = onlyProblem(r);
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("0xE9"), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsAnInvalidEncodingOnTheLastLine() {
        byte[] text = "POST /x HTTP/1.1\n\n{\"euro\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(text, new byte[] {(byte) 0xE2, (byte) 0x82});
        ReadProblem p = onlyProblem(read(bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("0xE2"), p.message());
    }

    @Test
    void validMultiByteUtf8IsRead() {
        Interaction i = read("POST /x HTTP/1.1\n\n{\"name\": \"Ren\u00e9 \u20ac \uD83D\uDE00\"}\n")
                .interactions()
                .get(0);
        assertEquals("{\"name\": \"Ren\u00e9 \u20ac \uD83D\uDE00\"}", i.body().text());
    }

    @Test
    void randomBinaryJunkNeverThrows() {
        Random random = new Random(20240501L);
        for (int n = 0; n < 2000; n++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            assertDoesNotThrow(() -> read(bytes), () -> "bytes " + java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void randomTextMadeOfHttpFileCharactersNeverThrows() {
        String alphabet = "GETPOST /:#\r\n\t HTTP/1.1 {}x\u00a0\u000b\u001c";
        Random random = new Random(7L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            Recording r = assertDoesNotThrow(() -> read(text), () -> "text '" + text + "'");
            for (ReadProblem p : r.problems()) {
                assertTrue(p.line() >= 1, () -> "problem without a line for '" + text + "': " + p);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
