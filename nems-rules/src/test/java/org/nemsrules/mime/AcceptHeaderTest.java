package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' admits a supported type: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/fhir+xml;charset=utf-8                           | true  | 1",
                "application/fhir+json, application/fhir+xml;q=0.9            | true  | 2",
                "text/html, application/json                                  | false | 2",
                "text/html, application/json, */*;q=0.1                       | true  | 3",
                "*/*                                                          | true  | 1",
                "application/*                                                | true  | 1",
                "text/*                                                       | false | 1",
                "application/fhir+json;q=0                                    | false | 1",
                "application/fhir+json;q=0.000, text/html                     | false | 2",
                "application/json+fhir;q=1.000                                | true  | 1",
                "'application/fhir+json, , application/fhir+xml'              | true  | 2",
                "application/json;profile=\"a,b\", application/fhir+json      | true  | 2",
                "Application/FHIR+XML;Q=0.5                                   | true  | 1",
            })
    void listsAreReadEntryByEntry(String value, boolean admits, int entries) {
        List<MediaRange> ranges = AcceptHeader.parse(value).get();
        assertEquals(entries, ranges.size(), ranges::toString);
        assertEquals(admits, ranges.stream().anyMatch(MediaRange::admitsSupported), ranges::toString);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                    | empty",
                "'  ,  '                               | empty",
                "application/fhir+json;q=2             | weight",
                "application/fhir+json;q=0.5555        | weight",
                "application/fhir+json;q=high          | weight",
                "application/fhir+json, application/   | empty subtype",
                "application/fhir+json;charset=\"utf-8 | unterminated",
            })
    void aBadValueIsAProblemNotAnException(String value, String says) {
        Parsed<List<MediaRange>> parsed = AcceptHeader.parse(value);
        assertTrue(parsed.problem().orElseThrow().contains(says), parsed::toString);
    }

    @Test
    void theWeightIsCutOffTheRangeWithEverythingAfterIt() {
        List<MediaRange> ranges = AcceptHeader.parse(
                        "application/fhir+json;charset=utf-8;q=0.8;ext=1, application/fhir+xml")
                .get();
        MediaRange first = ranges.get(0);
        assertEquals("application/fhir+json;charset=utf-8", first.mediaType().text());
        assertTrue(first.mediaType().isLiteral());
        assertEquals(new BigDecimal("0.8"), first.weight());
        assertEquals(BigDecimal.ONE, ranges.get(1).weight());
    }

    @Test
    void commasInsideQuotedStringsDoNotSplit() {
        assertEquals(List.of("a/b;x=\"1,2\"", "c/d"), AcceptHeader.elements("a/b;x=\"1,2\" , c/d"));
        assertEquals(List.of("a/b;x=\"1\\\",2\"", "c/d"), AcceptHeader.elements("a/b;x=\"1\\\",2\",c/d"));
    }

    @Test
    void aBackslashEndingAnUnterminatedQuotedStringIsKept() {
        assertEquals(List.of("a/b;x=\"1\\"), AcceptHeader.elements("a/b;x=\"1\\"));
    }
}
