package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.BASE;
import static org.nemsrules.header.HeaderFixtures.create;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.read;
import static org.nemsrules.header.HeaderFixtures.replacing;
import static org.nemsrules.header.HeaderFixtures.request;
import static org.nemsrules.header.HeaderFixtures.valid;
import static org.nemsrules.header.HeaderFixtures.withoutHeaderLines;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.BareResourceReader;

class MissingHeaderRuleTest {
    private final MissingHeaderRule rule = new MissingHeaderRule();

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "DELETE"})
    void allThreeHeadersPresentIsSilent(String method) {
        String target = method.equals("POST") ? BASE : BASE + "/" + HeaderFixtures.ID;
        assertEquals(List.of(), findings(rule, request(method, target, valid(method))));
    }

    @ParameterizedTest
    @CsvSource({"fromASID, R-HDR-01", "toASID, R-HDR-02", "InteractionID, R-HDR-03"})
    void eachMissingHeaderIsReportedAtTheRequestLineWithItsOwnRequirement(String name, String requirement) {
        List<Finding> found = findings(rule, read(replacing("GET", name, null)));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(MissingHeaderRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(1, f.location().line());
        assertEquals("header:" + name, f.location().path());
        assertEquals(requirement, f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        assertTrue(f.message().contains("no " + name + " header"), f.message());
    }

    @Test
    void aMissingInteractionIdNamesTheUrnThisRequestNeeds() {
        Finding f =
                findings(rule, create(replacing("POST", "InteractionID", null))).get(0);
        assertTrue(f.message().contains("'" + HeaderFixtures.POST_URN + "'"), f.message());
    }

    @Test
    void aRequestWithNoHeadersAtAllGetsOneFindingPerHeader() {
        List<Finding> found = findings(rule, read());
        assertEquals(
                List.of("header:fromASID", "header:toASID", "header:InteractionID"),
                found.stream().map(f -> f.location().path()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fromasid", "FROMASID", "FromAsid"})
    void namesMatchWhateverTheirCase(String spelling) {
        assertEquals(List.of(), findings(rule, read(replacing("GET", "fromASID", spelling + ": 918999198738"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from-asid", "from_ASID", "X-fromASID", "From-ASID"})
    void aLookAlikeNameIsNamedWithItsLine(String lookAlike) {
        Interaction request =
                read("toASID: 928942012545", lookAlike + ": 918999198738", "InteractionID: " + HeaderFixtures.GET_URN);
        List<Finding> found = findings(rule, request);
        assertEquals(1, found.size(), found::toString);
        String message = found.get(0).message();
        assertTrue(message.contains("'" + lookAlike + "' on line 3"), message);
    }

    @Test
    void aLookAlikeWithoutAKnownLineIsNamedWithoutOne() {
        Interaction request = withoutHeaderLines(
                read("toASID: 928942012545", "from-asid: 918999198738", "InteractionID: " + HeaderFixtures.GET_URN));
        String message = findings(rule, request).get(0).message();
        assertTrue(message.contains("the header 'from-asid' looks meant to be it"), message);
    }

    @Test
    void theMessageSaysWhatTheMissingHeaderHolds() {
        List<Finding> found = findings(rule, read());
        assertEquals(
                List.of(
                        "the request has no fromASID header; every Subscription API request carries it, holding the"
                                + " ASID of the calling system",
                        "the request has no toASID header; every Subscription API request carries it, holding the"
                                + " ASID of the NEMS service",
                        "the request has no InteractionID header; every Subscription API request carries it, holding"
                                + " the URN of the interaction (here '" + HeaderFixtures.GET_URN + "')"),
                found.stream().map(Finding::message).toList());
    }

    @Test
    void anUnrelatedHeaderIsNotTakenForALookAlike() {
        Interaction request =
                read("toASID: 928942012545", "from: someone@example.org", "InteractionID: " + HeaderFixtures.GET_URN);
        assertFalse(findings(rule, request).get(0).message().contains("looks meant"));
    }

    @Test
    void aBareResourceHasNoHeadersToCheck() {
        Interaction bare = new BareResourceReader()
                .read("s.xml", "<Subscription xmlns=\"http://hl7.org/fhir\"/>".getBytes(StandardCharsets.UTF_8))
                .interactions()
                .get(0);
        assertEquals(List.of(), findings(rule, bare));
    }
}
