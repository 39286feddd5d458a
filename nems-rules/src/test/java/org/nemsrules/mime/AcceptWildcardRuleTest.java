package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.ACCEPT_LINE;
import static org.nemsrules.mime.MimeRequests.findings;
import static org.nemsrules.mime.MimeRequests.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class AcceptWildcardRuleTest {
    private final AcceptWildcardRule rule = new AcceptWildcardRule();

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "*/*                          | */*",
                "application/*                | application/*",
                "text/html, */*;q=0.8         | */*",
            })
    void aWildcardAloneIsAnInfoNamingTheDefault(String value, String wildcard) {
        List<Finding> found = findings(rule, read(value));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(AcceptWildcardRule.ID, f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals(ACCEPT_LINE, f.location().line());
        assertEquals("header:Accept", f.location().path());
        assertEquals("R-MIME-02", f.requirement());
        assertNull(f.httpStatus());
        assertTrue(f.message().contains("only the wildcard '" + wildcard + "'"), f.message());
        assertTrue(f.message().contains("'application/xml+fhir;charset=utf-8' (for requests)"), f.message());
        assertTrue(f.message().contains("inferred"), f.message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {"application/fhir+json, */*;q=0.1", "application/fhir+xml", "text/html", "text/*", "*/*;q=0"})
    void aNamedSupportedTypeOrNoAdmittingWildcardIsSilent(String value) {
        assertEquals(List.of(), findings(rule, read(value)));
    }

    @Test
    void noAcceptIsSilent() {
        assertEquals(List.of(), findings(rule, read(null)));
    }
}
