package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.read;
import static org.nemsrules.header.HeaderFixtures.replacing;
import static org.nemsrules.header.HeaderFixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class EmptyHeaderRuleTest {
    private final EmptyHeaderRule rule = new EmptyHeaderRule();

    @Test
    void filledHeadersAreSilent() {
        assertEquals(List.of(), findings(rule, read(valid("GET"))));
    }

    @Test
    void aMissingHeaderIsNotThisRulesBusiness() {
        assertEquals(List.of(), findings(rule, read(replacing("GET", "toASID", null))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"fromASID|2|R-HDR-01", "toASID|3|R-HDR-02", "InteractionID|4|R-HDR-03"})
    void anEmptyOrBlankValueIsReportedOnTheHeadersLine(String name, int line, String requirement) {
        for (String blank : new String[] {name + ":", name + ":    "}) {
            List<Finding> found = findings(rule, read(replacing("GET", name, blank)));
            assertEquals(1, found.size(), found::toString);
            Finding f = found.get(0);
            assertEquals(EmptyHeaderRule.ID, f.ruleId());
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(line, f.location().line());
            assertEquals("header:" + name, f.location().path());
            assertEquals(requirement, f.requirement());
            assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
            assertTrue(f.message().contains(name + " header is empty"), f.message());
        }
    }
}
