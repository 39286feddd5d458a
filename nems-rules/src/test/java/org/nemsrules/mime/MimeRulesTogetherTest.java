package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.mime.MimeRequests.JSON_BODY;
import static org.nemsrules.mime.MimeRequests.XML_BODY;
import static org.nemsrules.mime.MimeRequests.create;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;

/** The family as a whole: one fault gives one finding, and what the page allows gives none. */
class MimeRulesTogetherTest {
    private static final NemsValidator MIME = NemsValidator.builder()
            .catalog(RuleCatalog.of(RuleCatalog.builtInRules().stream()
                    .filter(r -> r.metadata().category().equals("mime"))
                    .toList()))
            .threads(1)
            .build();

    private static String ruleIds(Interaction interaction) {
        List<Finding> found = MIME.validate(interaction);
        return found.isEmpty()
                ? "none"
                : String.join(" ", found.stream().map(Finding::ruleId).sorted().toList());
    }

    @ParameterizedTest(name = "[{index}] Content-Type ''{0}'', Accept ''{1}'', {2} body")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // Content-Type                         | Accept                 | body | findings
                "application/fhir+xml                   | application/fhir+json  | XML  | none",
                "application/xml+fhir;charset=utf-8     | application/json+fhir  | XML  | none",
                "application/fhir+json                  | application/fhir+xml   | JSON | mime.json-subscription",
                "application/json                       | -                      | JSON | mime.content-type-unsupported mime.json-subscription",
                "text/xml                               | -                      | XML  | mime.content-type-unsupported",
                "application/fhir+xml;charset=utf8      | -                      | XML  | mime.charset",
                "Application/FHIR+XML                   | -                      | XML  | mime.non-canonical",
                "application/fhir+xml;fhirVersion=3.0   | -                      | XML  | mime.non-canonical",
                "-                                      | -                      | XML  | mime.content-type-missing",
                "-                                      | -                      | JSON | mime.content-type-missing-json mime.json-subscription",
                "application/fhir+xml                   | -                      | JSON | mime.body-mismatch mime.json-subscription",
                "application/fhir+json                  | -                      | XML  | mime.body-mismatch",
                "application/fhir+xml                   | */*                    | XML  | mime.accept-wildcard",
                "application/fhir+xml                   | text/html              | XML  | mime.accept-unsupported",
            })
    void eachFaultIsReportedOnceByItsOwnRule(String contentType, String accept, String body, String expected) {
        assertEquals(expected, ruleIds(create(contentType, accept, body.equals("XML") ? XML_BODY : JSON_BODY)));
    }

    @ParameterizedTest(name = "[{index}] Content-Type ''{0}'' without a body")
    @CsvSource(
            delimiter = '|',
            value = {"application/json", "text/xml;charset=iso-8859-1", "Application/FHIR+XML"})
    void aContentTypeWithoutABodyIsNotJudged(String contentType) {
        assertEquals("none", ruleIds(MimeRequests.delete(contentType, "application/fhir+xml")));
    }
}
