package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.FROM;
import static org.nemsrules.header.HeaderFixtures.GET_URN;
import static org.nemsrules.header.HeaderFixtures.TO;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.read;
import static org.nemsrules.header.HeaderFixtures.valid;
import static org.nemsrules.header.HeaderFixtures.withoutHeaderLines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class RepeatedHeaderRuleTest {
    private final RepeatedHeaderRule rule = new RepeatedHeaderRule();

    @Test
    void eachHeaderOnceIsSilent() {
        assertEquals(List.of(), findings(rule, read(valid("GET"))));
    }

    @Test
    void aSecondFieldIsReportedOnItsLineWithBothValues() {
        List<Finding> found = findings(
                rule,
                read("fromASID: " + FROM, "toASID: " + TO, "InteractionID: " + GET_URN, "fromASID: 200000000205"));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(RepeatedHeaderRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(5, f.location().line());
        assertEquals("header:fromASID", f.location().path());
        assertEquals("R-HDR-01", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        assertTrue(f.message().contains("2 times"), f.message());
        assertTrue(f.message().contains("'" + FROM + "' on line 2"), f.message());
        assertTrue(f.message().contains("'200000000205' on line 5"), f.message());
    }

    @Test
    void fieldsWithoutAKnownLineAreNamedByValueOnly() {
        List<Finding> found = findings(
                rule,
                withoutHeaderLines(read(
                        "fromASID: " + FROM, "toASID: " + TO, "InteractionID: " + GET_URN, "fromASID: 200000000205")));
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .message()
                        .contains("2 times ('" + FROM + "', '200000000205'); send it once, holding the ASID"),
                found.get(0).message());
    }

    @Test
    void theSameValueTwiceIsStillReportedAndNamesDifferOnlyInCase() {
        List<Finding> found = findings(
                rule,
                read("fromASID: " + FROM, "toASID: " + TO, "InteractionID: " + GET_URN, "interactionid: " + GET_URN));
        assertEquals(1, found.size(), found::toString);
        assertEquals("header:InteractionID", found.get(0).location().path());
        assertEquals("R-HDR-03", found.get(0).requirement());
        assertEquals(5, found.get(0).location().line());
    }

    @Test
    void threeFieldsGiveOneFindingThatCountsThem() {
        List<Finding> found = findings(
                rule,
                read(
                        "fromASID: " + FROM,
                        "toASID: " + TO,
                        "toASID: " + TO,
                        "toASID: " + TO,
                        "InteractionID: " + GET_URN));
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("3 times"), found.get(0).message());
        assertEquals(4, found.get(0).location().line());
    }
}
