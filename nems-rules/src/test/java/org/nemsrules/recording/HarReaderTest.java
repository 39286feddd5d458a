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

class HarReaderTest {
    private static final String URL = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";

    /** A Chrome-like export, pretty-printed; line numbers in the comments on the right. */
    private static final String CHROME_HAR = String.join("\n",
            "{",                                                                    // 1
            "  \"log\": {",                                                         // 2
            "    \"version\": \"1.2\",",                                            // 3
            "    \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},", // 4
            "    \"pages\": [],",                                                   // 5
            "    \"entries\": [",                                                   // 6
            "      {",                                                              // 7
            "        \"startedDateTime\": \"2024-05-01T10:00:00.000Z\",",          // 8
            "        \"time\": 120.5,",                                             // 9
            "        \"request\": {",                                               // 10
            "          \"method\": \"POST\",",                                      // 11
            "          \"url\": \"" + URL + "\",",                                  // 12
            "          \"httpVersion\": \"http/2.0\",",                             // 13
            "          \"headers\": [",                                             // 14
            "            {",                                                        // 15
            "              \"name\": \":authority\",",                              // 16
            "              \"value\": \"clinicals.spineservices.nhs.uk\"",         // 17
            "            },",                                                       // 18
            "            {",                                                        // 19
            "              \"name\": \"content-type\",",                            // 20
            "              \"value\": \"application/fhir+json\"",                   // 21
            "            },",                                                       // 22
            "            {",                                                        // 23
            "              \"name\": \"ssp-interactionid\",",                       // 24
            "              \"value\": \"urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\"", // 25
            "            }",                                                        // 26
            "          ],",                                                         // 27
            "          \"queryString\": [],",                                       // 28
            "          \"cookies\": [],",                                           // 29
            "          \"headersSize\": -1,",                                       // 30
            "          \"bodySize\": 33,",                                          // 31
            "          \"postData\": {",                                            // 32
            "            \"mimeType\": \"application/fhir+json\",",                 // 33
            "            \"text\": \"{\\\"resourceType\\\": \\\"Subscription\\\"}\"", // 34
            "          }",                                                          // 35
            "        },",                                                           // 36
            "        \"response\": {\"status\": 201, \"headers\": []},",           // 37
            "        \"cache\": {},",                                               // 38
            "        \"timings\": {\"send\": 0, \"wait\": 100, \"receive\": 1}",    // 39
            "      },",                                                             // 40
            "      {",                                                              // 41
            "        \"request\": {",                                               // 42
            "          \"method\": \"GET\",",                                       // 43
            "          \"url\": \"" + URL + "/ea0a485187204b49b978bdcf7102388c\",", // 44
            "          \"httpVersion\": \"http/2.0\",",                             // 45
            "          \"headers\": [",                                             // 46
            "            {\"name\": \":method\", \"value\": \"GET\"},",             // 47
            "            {\"name\": \"accept\", \"value\": \"application/fhir+xml\"}", // 48
            "          ]",                                                          // 49
            "        }",                                                            // 50
            "      }",                                                              // 51
            "    ]",                                                                // 52
            "  }",                                                                  // 53
            "}",                                                                    // 54
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
        assertEquals(List.of(
                new Header("content-type", "application/fhir+json", 19),
                new Header("ssp-interactionid", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost", 23)),
                post.headers().all());
        assertEquals("application/fhir+json", post.headers().first("Content-Type").orElseThrow().value());
        assertEquals("{\"resourceType\": \"Subscription\"}", post.body().text());
        assertEquals(34, post.body().line());

        Interaction get = r.interactions().get(1);
        assertEquals(1, get.index());
        assertEquals("GET", get.method());
        assertEquals(URL + "/ea0a485187204b49b978bdcf7102388c", get.target());
        assertEquals(42, get.line());
        assertEquals(List.of(new Header("accept", "application/fhir+xml", 48)), get.headers().all());
        assertTrue(get.body().isEmpty());
    }

    @Test
    void httpTwoPseudoHeadersAreNeverHeaderFields() {
        for (Interaction i : read(CHROME_HAR).interactions()) {
            assertTrue(i.headers().all().stream().noneMatch(h -> h.name().startsWith(":")), i.headers().toString());
        }
    }

    @Test
    void aCrlfHarGivesTheSameLines() {
        Recording r = read(CHROME_HAR.replace("\n", "\r\n"));
        assertEquals(List.of(10, 42), r.interactions().stream().map(Interaction::line).toList());
        assertEquals(34, r.interactions().get(0).body().line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
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
    @ValueSource(strings = {
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
    @ValueSource(strings = {
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
        assertEquals(List.of("DELETE", "GET"), r.interactions().stream().map(Interaction::method).toList());
        assertEquals(List.of(0, 1), r.interactions().stream().map(Interaction::index).toList());
        assertEquals(List.of(2, 4), r.interactions().stream().map(Interaction::line).toList());
    }

    @Test
    void anEntryWithoutARequestIsReportedOnTheLineOfItsRequestWhenItHasOne() {
        String text = "{\"log\": {\"entries\": [\n  {\n    \"request\": {\n      \"url\": \"x\"\n    }\n  }\n]}}";
        assertEquals(3, onlyProblem(read(text)).line());
    }

    @ParameterizedTest(name = "[{index}] headers {0}")
    @ValueSource(strings = {"{\"accept\": \"application/fhir+json\"}", "\"accept: x\"", "[\"accept\", 1, null]", "null"})
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
        String text = String.join("\n",
                "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"" + URL + "\",",
                "  \"headers\": [],",
                "  \"postData\": {",
                "    \"mimeType\": \"application/fhir+json\",",
                "    \"text\": \"{}\"",
                "  }}}]}}");
        Header contentType = read(text).interactions().get(0).headers().first("content-type").orElseThrow();
        assertEquals("application/fhir+json", contentType.value());
        assertEquals(4, contentType.line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
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
            assertNotNull(assertDoesNotThrow(() -> new HarReader().read("t.har", input),
                    () -> "input '" + new String(input, StandardCharsets.UTF_8) + "'"));
        }
    }
}
