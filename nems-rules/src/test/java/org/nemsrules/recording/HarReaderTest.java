package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.nemsrules.recording.rules.MalformedHarRule;

class HarReaderTest {
    private static final String URL = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";

    /** A Chrome-like export, pretty-printed; line numbers in the comments on the right. */
    private static final String CHROME_HAR = String.join(
            "\n",
            "{", // 1
            "  \"log\": {", // 2
            "    \"version\": \"1.2\",", // 3
            "    \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},", // 4
            "    \"pages\": [],", // 5
            "    \"entries\": [", // 6
            "      {", // 7
            "        \"startedDateTime\": \"2024-05-01T10:00:00.000Z\",", // 8
            "        \"time\": 120.5,", // 9
            "        \"request\": {", // 10
            "          \"method\": \"POST\",", // 11
            "          \"url\": \"" + URL + "\",", // 12
            "          \"httpVersion\": \"http/2.0\",", // 13
            "          \"headers\": [", // 14
            "            {", // 15
            "              \"name\": \":authority\",", // 16
            "              \"value\": \"clinicals.spineservices.nhs.uk\"", // 17
            "            },", // 18
            "            {", // 19
            "              \"name\": \"content-type\",", // 20
            "              \"value\": \"application/fhir+json\"", // 21
            "            },", // 22
            "            {", // 23
            "              \"name\": \"ssp-interactionid\",", // 24
            "              \"value\": \"urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\"", // 25
            "            }", // 26
            "          ],", // 27
            "          \"queryString\": [],", // 28
            "          \"cookies\": [],", // 29
            "          \"headersSize\": -1,", // 30
            "          \"bodySize\": 33,", // 31
            "          \"postData\": {", // 32
            "            \"mimeType\": \"application/fhir+json\",", // 33
            "            \"text\": \"{\\\"resourceType\\\": \\\"Subscription\\\"}\"", // 34
            "          }", // 35
            "        },", // 36
            "        \"response\": {\"status\": 201, \"headers\": []},", // 37
            "        \"cache\": {},", // 38
            "        \"timings\": {\"send\": 0, \"wait\": 100, \"receive\": 1}", // 39
            "      },", // 40
            "      {", // 41
            "        \"request\": {", // 42
            "          \"method\": \"GET\",", // 43
            "          \"url\": \"" + URL + "/ea0a485187204b49b978bdcf7102388c\",", // 44
            "          \"httpVersion\": \"http/2.0\",", // 45
            "          \"headers\": [", // 46
            "            {\"name\": \":method\", \"value\": \"GET\"},", // 47
            "            {\"name\": \"accept\", \"value\": \"application/fhir+xml\"}", // 48
            "          ]", // 49
            "        }", // 50
            "      }", // 51
            "    ]", // 52
            "  }", // 53
            "}", // 54
            "");

    private static Recording read(String text) {
        return new HarReader().read("t.har", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadProblem onlyProblem(Recording recording) {
        assertEquals(1, recording.problems().size(), () -> "problems: " + recording.problems());
        return recording.problems().get(0);
    }

    @Test
    void aChromeExportIsReadIntoOneInteractionPerEntryWithLines() {
        Recording r = read(CHROME_HAR);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.interactions().size());

        Interaction post = r.interactions().get(0);
        assertEquals(Origin.HAR, post.origin());
        assertEquals(0, post.index());
        assertEquals("POST", post.method());
        assertEquals(URL, post.target());
        assertEquals(10, post.line());
        assertEquals(
                List.of(
                        new Header("content-type", "application/fhir+json", 19),
                        new Header(
                                "ssp-interactionid", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost", 23)),
                post.headers().all());
        assertEquals(
                "application/fhir+json",
                post.headers().first("Content-Type").orElseThrow().value());
        assertEquals("{\"resourceType\": \"Subscription\"}", post.body().text());
        assertEquals(34, post.body().line());

        Interaction get = r.interactions().get(1);
        assertEquals(1, get.index());
        assertEquals("GET", get.method());
        assertEquals(URL + "/ea0a485187204b49b978bdcf7102388c", get.target());
        assertEquals(42, get.line());
        assertEquals(
                List.of(new Header("accept", "application/fhir+xml", 48)),
                get.headers().all());
        assertTrue(get.body().isEmpty());
    }

    @Test
    void httpTwoPseudoHeadersAreNeverHeaderFields() {
        for (Interaction i : read(CHROME_HAR).interactions()) {
            assertTrue(
                    i.headers().all().stream().noneMatch(h -> h.name().startsWith(":")),
                    i.headers().toString());
        }
    }

    @Test
    void aCrlfHarGivesTheSameLines() {
        Recording r = read(CHROME_HAR.replace("\n", "\r\n"));
        assertEquals(
                List.of(10, 42),
                r.interactions().stream().map(Interaction::line).toList());
        assertEquals(34, r.interactions().get(0).body().line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // text (\n = newline) | line | column or 0 when it need not be known
                "not json at all|1|0",
                "{\\n  \"log\": {\\n    \"entries\": [\\n      {\"request\": |4|0",
                "{\\n  \"log\": {\\n    \"entries\": [}\\n|3|17",
                "{\\n  \"log\": \\n  ,\\n}|3|3",
            })
    void invalidJsonIsAMalformedHarWithLineAndColumn(String text, int line, int column) {
        Recording r = read(text.replace("\\n", "\n"));
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertEquals(line, p.line(), p.message());
        if (column > 0) {
            assertEquals(column, p.column(), p.message());
        }
        assertTrue(p.message().contains("not valid JSON"), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "[]",
                "\"log\"",
                "{}",
                "{\"log\": {}}",
                "{\"log\": {\"entries\": {}}}",
                "{\"log\": {\"entries\": null}}",
                "{\"log\": []}",
            })
    void validJsonWithoutLogEntriesIsAMalformedHar(String text) {
        Recording r = read(text);
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("log"), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void anEmptyHarFileIsReportedNotThrown() {
        Recording r = read("");
        assertEquals(MalformedHarRule.ID, onlyProblem(r).ruleId());
    }

    @Test
    void emptyEntriesGiveNoInteractionsAndNoProblems() {
        Recording r = read("{\"log\": {\"version\": \"1.2\", \"entries\": []}}");
        assertEquals(List.of(), r.interactions());
        assertEquals(List.of(), r.problems());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "{\"response\": {}}",
                "{\"request\": {\"url\": \"" + URL + "\"}}",
                "{\"request\": {\"method\": \"POST\"}}",
                "{\"request\": {\"method\": \"\", \"url\": \"" + URL + "\"}}",
                "{\"request\": {\"method\": null, \"url\": \"" + URL + "\"}}",
                "{\"request\": {\"method\": \"POST\", \"url\": {\"href\": \"x\"}}}",
                "{\"request\": \"POST " + URL + "\"}",
                "42",
            })
    void anEntryWithoutAUsableRequestIsReportedAndTheOtherEntriesAreStillRead(String badEntry) {
        String text = "{\"log\": {\"entries\": [\n"
                + "  {\"request\": {\"method\": \"DELETE\", \"url\": \"" + URL + "/a\"}},\n"
                + "  " + badEntry + ",\n"
                + "  {\"request\": {\"method\": \"GET\", \"url\": \"" + URL + "/b\"}}\n"
                + "]}}";
        Recording r = read(text);
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertTrue(p.message().contains("log.entries[1]"), p.message());
        assertEquals(
                List.of("DELETE", "GET"),
                r.interactions().stream().map(Interaction::method).toList());
        assertEquals(
                List.of(0, 1), r.interactions().stream().map(Interaction::index).toList());
        assertEquals(
                List.of(2, 4), r.interactions().stream().map(Interaction::line).toList());
    }

    @Test
    void anEntryWithoutARequestIsReportedOnTheLineOfItsRequestWhenItHasOne() {
        String text = "{\"log\": {\"entries\": [\n  {\n    \"request\": {\n      \"url\": \"x\"\n    }\n  }\n]}}";
        assertEquals(3, onlyProblem(read(text)).line());
    }

    @ParameterizedTest(name = "[{index}] headers {0}")
    @ValueSource(
            strings = {"{\"accept\": \"application/fhir+json\"}", "\"accept: x\"", "[\"accept\", 1, null]", "null"})
    void headersThatAreNotAnArrayOfObjectsAreIgnoredWithoutThrowing(String headers) {
        String text = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"" + URL
                + "/a\", \"headers\": " + headers + "}}]}}";
        Recording r = assertDoesNotThrow(() -> read(text));
        assertEquals(1, r.interactions().size());
        assertTrue(r.interactions().get(0).headers().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] postData {0}")
    @ValueSource(strings = {"{}", "{\"text\": \"\"}", "{\"text\": 5}", "\"text\"", "null"})
    void postDataWithoutTextGivesAnEmptyBody(String postData) {
        String text = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"" + URL
                + "\", \"postData\": " + postData + "}}]}}";
        Recording r = read(text);
        assertEquals(List.of(), r.problems());
        assertTrue(r.interactions().get(0).body().isEmpty());
    }

    @Test
    void postDataMimeTypeStandsInForAContentTypeHeaderTheExportLeftOut() {
        String text = String.join(
                "\n",
                "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"" + URL + "\",",
                "  \"headers\": [],",
                "  \"postData\": {",
                "    \"mimeType\": \"application/fhir+json\",",
                "    \"text\": \"{}\"",
                "  }}}]}}");
        Header contentType =
                read(text).interactions().get(0).headers().first("content-type").orElseThrow();
        assertEquals("application/fhir+json", contentType.value());
        assertEquals(4, contentType.line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "\"headers\": [{\"name\": \"content-type\", \"value\": \"application/fhir+xml\"}], \"postData\": {\"mimeType\": \"text/plain\", \"text\": \"<a/>\"}",
                "\"headers\": [], \"postData\": {\"mimeType\": \"text/plain\", \"text\": \"\"}",
                "\"headers\": [], \"postData\": {\"mimeType\": \"\", \"text\": \"<a/>\"}",
                "\"headers\": [], \"postData\": {\"mimeType\": 7, \"text\": \"<a/>\"}",
            })
    void theRecordedHeaderWinsAndNoTypeIsMadeUpForAnEmptyBodyOrAMissingMimeType(String request) {
        String text = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"" + URL + "\", "
                + request + "}}]}}";
        List<Header> contentTypes = read(text).interactions().get(0).headers().all("Content-Type");
        assertTrue(contentTypes.size() <= 1, contentTypes::toString);
        contentTypes.forEach(h -> assertEquals("application/fhir+xml", h.value()));
    }

    /** A HAR with one create entry whose postData is {@code postData} (a JSON object); postData.text on line 4. */
    private static String harWithPostData(String postData) {
        return String.join(
                "\n",
                "{\"log\": {\"entries\": [",
                "  {\"request\": {\"method\": \"POST\", \"url\": \"" + URL + "\",",
                "    \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/fhir+json\"}],",
                "    \"postData\": " + postData + "}},",
                "  {\"request\": {\"method\": \"GET\", \"url\": \"" + URL + "/b\"}}",
                "]}}");
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SUBSCRIPTION = "{\"resourceType\": \"Subscription\", \"reason\": \"caf\u00e9 >>?\"}";

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"base64", "BASE64", "Base64"})
    void aBase64BodyIsDecodedAtTheLineOfItsText(String encoding) {
        String postData = "{\"mimeType\": \"application/fhir+json\", \"text\": \"" + base64(SUBSCRIPTION)
                + "\", \"encoding\": \"" + encoding + "\"}";

        Recording r = read(harWithPostData(postData));

        assertEquals(List.of(), r.problems());
        Interaction post = r.interactions().get(0);
        assertEquals(SUBSCRIPTION, post.body().text());
        assertEquals(4, post.body().line());
        assertEquals(2, r.interactions().size());
    }

    @Test
    void aBase64BodyWrappedOverLinesOrWithoutPaddingIsDecoded() {
        String encoded = base64(SUBSCRIPTION + "  ");
        // Wrapped as MIME wraps base64: CRLF every 16 characters, written as JSON escapes.
        String wrapped = encoded.replaceAll("(.{16})", "$1" + java.util.regex.Matcher.quoteReplacement("\\r\\n"));
        String unpadded = base64(SUBSCRIPTION).replace("=", "");
        assertTrue(base64(SUBSCRIPTION).endsWith("="), "the fixture should need padding");
        for (String text : List.of(wrapped, unpadded)) {
            Recording r = read(harWithPostData("{\"text\": \"" + text + "\", \"encoding\": \"base64\"}"));
            assertEquals(List.of(), r.problems(), text);
            assertTrue(r.interactions().get(0).body().text().startsWith(SUBSCRIPTION), text);
        }
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // the text after the first 8 characters of valid base64 | what the message says
                "-AAA     | has '-' at character 9 of the text (the URL-safe alphabet's '-'",
                "_AAA     | has '_' at character 9 of the text (the URL-safe alphabet's '_'",
                "\\tAAA | has U+0009 CHARACTER TABULATION at character 9 of the text, which base64 does not have (only line breaks may wrap it)",
                "\" AAA\"  | has U+0020 SPACE at character 9 of the text",
                "!AAA     | has '!' at character 9 of the text, which base64 does not have",
                "==AA     | has 'A' at character 11 of the text after '=', which pads only the end",
                "A        | is 9 characters long (line breaks aside), a length no base64 text has",
                "AA=      | is 11 characters long (line breaks aside), a length no base64 text has",
                "A===     | ends with 3 '=', and base64 pads with at most two",
            })
    void textThatIsNotStrictBase64IsAMalformedHarAndItsEntryIsNotChecked(String rest, String says) {
        String text = "eyJhYmMi" + rest;

        Recording r = read(harWithPostData("{\"text\": \"" + text + "\", \"encoding\": \"base64\"}"));

        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertTrue(
                p.message().startsWith("log.entries[0].request.postData.text is declared base64, but "), p.message());
        assertTrue(p.message().contains(says), p.message());
        assertTrue(p.message().endsWith("; the request of log.entries[0].request was not checked"), p.message());
        assertEquals(
                List.of("GET"),
                r.interactions().stream().map(Interaction::method).toList());
    }

    @Test
    void theDecodedLengthIsHeldToTheBoundBeforeDecoding() {
        String twelveBytes = base64("0123456789ab");
        String postData = "{\"text\": \"" + twelveBytes + "\", \"encoding\": \"base64\"}";

        Recording refused =
                new HarReader(11).read("t.har", harWithPostData(postData).getBytes(StandardCharsets.UTF_8));
        Recording kept =
                new HarReader(12).read("t.har", harWithPostData(postData).getBytes(StandardCharsets.UTF_8));

        ReadProblem p = onlyProblem(refused);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertEquals(
                "log.entries[0].request.postData.text is declared base64 and decodes to 12 bytes, above the "
                        + "limit of 11 bytes for one recording, so it was not decoded; the request of log.entries[0].request "
                        + "was not checked",
                p.message());
        assertEquals(List.of(), kept.problems());
        assertEquals("0123456789ab", kept.interactions().get(0).body().text());
    }

    @Test
    void theDefaultBoundIsTheRecordingBound() {
        // 10 MB + 1 byte of zeros: base64 writes 'A' for six zero bits. The HAR itself is then above the bound, which
        // RecordingReader refuses first; the reader on its own must still refuse the body.
        long over = RecordingReader.DEFAULT_MAX_BYTES + 1;
        String text = "A".repeat((int) ((over + 2) / 3 * 4));
        ReadProblem p = onlyProblem(read(harWithPostData("{\"text\": \"" + text + "\", \"encoding\": \"base64\"}")));
        assertTrue(p.message().contains("above the limit of 10,485,760 bytes"), p.message());
    }

    @Test
    void aBase64BodyThatIsNotUtf8IsAnInvalidEncodingAtItsLine() {
        byte[] latin1 = "{\"reason\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        String text = java.util.Base64.getEncoder().encodeToString(latin1);

        Recording r = read(harWithPostData("{\"text\": \"" + text + "\", \"encoding\": \"base64\"}"));

        ReadProblem p = onlyProblem(r);
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertEquals(
                "log.entries[0].request.postData.text decodes from base64 to bytes that are not UTF-8 (byte 0xE9 "
                        + "at offset 15 of the body); NEMS accepts UTF-8 only; the request of log.entries[0].request was not "
                        + "checked",
                p.message());
        assertEquals(1, r.interactions().size());
    }

    @Test
    void anEncodingTheReaderDoesNotKnowIsAMalformedHar() {
        Recording r = read(harWithPostData("{\"text\": \"H4sIAAAA\", \"encoding\": \"gzip\"}"));
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHarRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertTrue(
                p.message()
                        .startsWith("log.entries[0].request.postData.encoding is 'gzip'; the reader knows only "
                                + "'base64'"),
                p.message());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\"\"", "null", "5"})
    void withoutAnEncodingTheTextIsTheBodyAsWritten(String encoding) {
        String text = base64(SUBSCRIPTION);
        Recording r = read(harWithPostData("{\"text\": \"" + text + "\", \"encoding\": " + encoding + "}"));
        assertEquals(List.of(), r.problems());
        assertEquals(text, r.interactions().get(0).body().text());
    }

    @Test
    void aNonUtf8HarIsAnInvalidEncoding() {
        byte[] bytes = "{\"log\": {\"entries\": []}}".getBytes(StandardCharsets.UTF_16);
        ReadProblem p = onlyProblem(new HarReader().read("t.har", bytes));
        assertEquals(InvalidEncodingRule.ID, p.ruleId());
    }

    @Test
    void randomJunkNeverThrows() {
        Random random = new Random(99L);
        String alphabet = "{}[]:,\"\\ \nlogentriesrequestmethodurlheadersnamevaluepostDatatext0123nul";
        for (int n = 0; n < 2000; n++) {
            byte[] bytes;
            if (n % 2 == 0) {
                bytes = new byte[random.nextInt(100)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(150); k > 0; k--) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            }
            byte[] input = bytes;
            assertNotNull(assertDoesNotThrow(
                    () -> new HarReader().read("t.har", input),
                    () -> "input '" + new String(input, StandardCharsets.UTF_8) + "'"));
        }
    }
}
