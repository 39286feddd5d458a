package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CharsetRuleTest {
    private final CharsetRule rule = new CharsetRule();

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/fhir+xml;charset=iso-8859-1   | iso-8859-1 | application/fhir+xml;charset=utf-8",
                "application/xml+fhir;charset=utf8         | utf8       | application/xml+fhir;charset=utf-8",
                "application/fhir+xml; charset=\"UTF-16\"  | UTF-16     | application/fhir+xml;charset=utf-8",
            })
    void aContentTypeWithAnotherCharsetIsAnError(String value, String charset, String expected) {
        List<Finding> found = findings(rule, create(value, null, XML_BODY));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(CharsetRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(CONTENT_TYPE_LINE, f.location().line());
        assertEquals("header:Content-Type", f.location().path());
        assertEquals("R-MIME-05", f.requirement());
        assertEquals(415, f.httpStatus());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", f.spineCode());
        assertTrue(f.message().contains("charset '" + charset + "'"), f.message());
        assertTrue(f.message().contains("send '" + expected + "'"), f.message());
    }

    @Test
    void utf8WithoutTheHyphenIsExplained() {
        Finding f = findings(rule, create("application/fhir+json;charset=utf8", null, JSON_BODY))
                .get(0);
        assertTrue(f.message().contains("'utf8' is not the registered charset name"), f.message());
    }

    @Test
    void aSupportedAcceptEntryWithAnotherCharsetIsAnErrorOnTheAcceptLine() {
        List<Finding> found = findings(rule, read("application/fhir+json;charset=iso-8859-1, text/html"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(ACCEPT_LINE, found.get(0).location().line());
        assertEquals("header:Accept", found.get(0).location().path());
        assertTrue(
                found.get(0).message().contains("send 'application/fhir+json;charset=utf-8'"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {
                "application/fhir+xml",
                "application/fhir+xml;charset=utf-8",
                "application/fhir+xml;charset=UTF-8",
                "application/fhir+xml;charset=\"utf-8\"",
                "application/xml;charset=iso-8859-1",
                "text/xml;charset=utf-16"
            })
    void utf8NoCharsetOrAnUnsupportedTypeIsSilent(String value) {
        assertEquals(List.of(), findings(rule, create(value, value, XML_BODY)));
    }

    @Test
    void aContentTypeWithoutABodyIsNotJudged() {
        assertEquals(List.of(), findings(rule, MimeRequests.delete("application/fhir+xml;charset=latin1", null)));
    }

    @Test
    void anEntryRefusedWithQZeroIsNotJudged() {
        assertEquals(List.of(), findings(rule, read("application/fhir+xml, application/fhir+json;charset=utf-16;q=0")));
    }
}
