package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.http.HttpRuleFixtures.BASE;
import static org.nemsrules.http.HttpRuleFixtures.ID;
import static org.nemsrules.http.HttpRuleFixtures.REQUEST_LINE;
import static org.nemsrules.http.HttpRuleFixtures.assertError400BadRequest;
import static org.nemsrules.http.HttpRuleFixtures.assertOneFinding;
import static org.nemsrules.http.HttpRuleFixtures.findings;
import static org.nemsrules.http.HttpRuleFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.model.Body;
import org.nemsrules.model.Origin;

class InvalidIdRuleTest {
    private static final InvalidIdRule RULE = new InvalidIdRule();
    private static final String SIXTY_FIVE = "ea0a485187204b49b978bdcf7102388cea0a485187204b49b978bdcf7102388c0";

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|" + BASE + "/{id}|'{id}';contains '{', '}';template placeholder",
                "DELETE|/STU3/Subscription/%7Bid%7D|'%7Bid%7D' (decoded '{id}');template placeholder",
                "GET|" + BASE + "/abc_def|'abc_def';contains '_', which a FHIR id may not",
                "GET|" + BASE + "/ea0a4851%2087204b49|(decoded 'ea0a4851 87204b49');contains ' '",
                "GET|" + BASE + "/" + SIXTY_FIVE + "|is 65 characters long, more than the 64",
                "DELETE|" + BASE + "/100%25|(decoded '100%');contains '%'",
                "GET|" + BASE + "/abc%zz|'abc%zz', contains '%'",
                "GET|" + BASE + "/caf%C3%A9|(decoded 'café');contains 'é'",
                "GET|" + BASE + "/:id|contains ':';template placeholder",
            })
    void itFiresOnAnIdThatIsNotAFhirId(String method, String target, String says) {
        assertOneFinding(
                findings(RULE, request(method, target)),
                RULE,
                REQUEST_LINE,
                "request-line",
                "R-HTTP-07",
                (says + ";expected a FHIR id of 1 to 64 letters, digits, '-' and '.';"
                                + "ea0a485187204b49b978bdcf7102388c")
                        .split(";"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        ID,
        "7f3c2a9e-41d8-4b0b-9c5e-6a1d2f7b8c03",
        "ABC.123-x",
        "1",
        // 64 characters: the longest FHIR id
        "ea0a485187204b49b978bdcf7102388cea0a485187204b49b978bdcf7102388c",
        "abc%2Ddef",
    })
    void itIsSilentOnEveryFhirIdNotOnlyOnNemsShapedOnes(String id) {
        assertEquals(List.of(), findings(RULE, request("GET", BASE + "/" + id)));
        assertEquals(
                List.of(), findings(RULE, request(Origin.HAR, "DELETE", "/STU3/Subscription/" + id, Body.empty())));
    }

    @Test
    void itIsSilentWhereThereIsNoIdToJudgeOrTheRequestIsUnsupported() {
        assertEquals(List.of(), findings(RULE, request("POST", BASE)));
        assertEquals(List.of(), findings(RULE, request("GET", BASE)));
        assertEquals(List.of(), findings(RULE, request("POST", BASE + "/{id}")));
        assertEquals(List.of(), findings(RULE, request("PUT", BASE + "/{id}")));
        assertEquals(List.of(), findings(RULE, request("GET", BASE + "/" + ID + "/_history")));
    }

    @Test
    void theLengthsInTheTablesAreWhatTheyClaim() {
        assertEquals(65, SIXTY_FIVE.length());
    }

    @Test
    void percentDecodingKeepsPlusAndStrayPercents() {
        assertEquals("a+b", InvalidIdRule.percentDecoded("a+b"));
        assertEquals("a%", InvalidIdRule.percentDecoded("a%"));
        assertEquals("a%4", InvalidIdRule.percentDecoded("a%4"));
        assertEquals("a-b", InvalidIdRule.percentDecoded("a%2db"));
        // A zero hex digit, first or second, is a digit like any other.
        assertEquals("0\n", InvalidIdRule.percentDecoded("%30%0A"));
        // A character outside the Basic Multilingual Plane is kept whole, and a lone high surrogate at the end
        // does not end the decoding (it becomes UTF-8's replacement '?').
        assertEquals("a%\uD83D\uDE00", InvalidIdRule.percentDecoded("a%\uD83D\uDE00"));
        assertEquals("a%?", InvalidIdRule.percentDecoded("a%\uD83D"));
    }

    @Test
    void itPredictsAnInferred400() {
        assertError400BadRequest(RULE, true);
    }
}
