package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.mime.MimeRequests.ACCEPT_LINE;
import static org.nemsrules.mime.MimeRequests.CONTENT_TYPE_LINE;
import static org.nemsrules.mime.MimeRequests.JSON_BODY;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;
import static org.nemsrules.mime.MimeRequests.findings;
import static org.nemsrules.mime.MimeRequests.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class NonCanonicalRuleTest {
    private final NonCanonicalRule rule = new NonCanonicalRule();

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "Application/FHIR+JSON;Charset=UTF-8         | application/fhir+json;charset=utf-8 | means the same",
                "application/fhir+json; charset=utf-8        | application/fhir+json;charset=utf-8 | means the same",
                "application/fhir+json ; charset = utf-8     | application/fhir+json;charset=utf-8 | means the same",
                "application/fhir+json;charset=\"utf-8\"     | application/fhir+json;charset=utf-8 | means the same",
                "application/json+fhir;                      | application/json+fhir               | means the same",
                "application/fhir+json;fhirVersion=3.0       | application/fhir+json               | 'fhirversion=3.0' makes it none of the eight",
            })
    void anEquivalentSpellingIsAnInfoNamingTheListedForm(String value, String literal, String says) {
        List<Finding> found = findings(rule, create(value, null, JSON_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(NonCanonicalRule.ID, f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals(CONTENT_TYPE_LINE, f.location().line());
        assertEquals("header:Content-Type", f.location().path());
        assertEquals("R-MIME-01", f.requirement());
        assertNull(f.httpStatus(), "NEMS accepts it");
        assertTrue(f.message().contains("Content-Type '" + value + "' is accepted"), f.message());
        assertTrue(f.message().contains("the page lists"), f.message());
        assertTrue(f.message().contains("'" + literal + "'"), f.message());
        assertTrue(f.message().contains(says), f.message());
    }

    @Test
    void eachAcceptEntryIsJudgedWithoutItsWeight() {
        List<Finding> found =
                findings(rule, read("application/fhir+json;q=0.9, APPLICATION/FHIR+XML;q=0.5, */*;q=0.1"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(ACCEPT_LINE, found.get(0).location().line());
        assertEquals("header:Accept", found.get(0).location().path());
        assertTrue(
                found.get(0).message().contains("Accept 'APPLICATION/FHIR+XML' is accepted"),
                found.get(0).message());
        assertTrue(
                found.get(0).message().contains("the page lists it only as 'application/fhir+xml'"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {
                "application/fhir+xml",
                "application/fhir+xml;charset=utf-8",
                "application/xml+fhir",
                "application/xml+fhir;charset=utf-8",
                "application/xml",
                "application/fhir+xml;charset=iso-8859-1"
            })
    void literalUnsupportedAndForeignCharsetTypesAreNotSpellingNotes(String value) {
        assertEquals(List.of(), findings(rule, create(value, value, XML_BODY)));
    }

    @Test
    void aContentTypeWithoutABodyIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.delete("Application/FHIR+XML", null)));
    }
}
