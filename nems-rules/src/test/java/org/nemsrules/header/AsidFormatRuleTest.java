package org.nemsrules.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.header.HeaderFixtures.findings;
import static org.nemsrules.header.HeaderFixtures.read;
import static org.nemsrules.header.HeaderFixtures.replacing;
import static org.nemsrules.header.HeaderFixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;

class AsidFormatRuleTest {
    private final AsidFormatRule rule = new AsidFormatRule();

    @Test
    void twelveDigitAsidsAreSilent() {
        assertEquals(List.of(), findings(rule, read(valid("GET"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fromASID:   918999198738   ", "fromASID:918999198738", "fromasid: 200000000205"})
    void surroundingWhitespaceAndNameCaseDoNotMatter(String line) {
        assertEquals(List.of(), findings(rule, read(replacing("GET", "fromASID", line))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000000003", "20000000020", "200000002"})
    void aReportShowsTheAsidTheFindingQuotesThoughItHasAnNhsNumbersLength(String asid) {
        Finding found = findings(rule, read(replacing("GET", "fromASID", "fromASID: " + asid)))
                .get(0);
        Report report = new Report(List.of(new FileResult("a.http", List.of("GET"), List.of(found))), List.of());

        String shown =
                report.redacted(Redactor.DEFAULT).findings().toList().get(0).message();

        assertTrue(shown.contains("but '" + asid + "' has " + asid.length() + " digits"), shown);
    }

    @Test
    void emptyAndMissingHeadersAreLeftToTheirOwnRules() {
        assertEquals(List.of(), findings(rule, read(replacing("GET", "fromASID", "fromASID:"))));
        assertEquals(List.of(), findings(rule, read(replacing("GET", "toASID", null))));
    }

    @ParameterizedTest(name = "[{index}] {0}: ''{1}''")
    @CsvSource(
            delimiter = ';',
            value = {
                "fromASID;91899919873;has 11 digits",
                "fromASID;9189991987380;has 13 digits",
                "fromASID;ASID918999198738;is not numeric",
                "fromASID;918 999 198 738;is not numeric",
                "toASID;NEMS;is not numeric",
                "toASID;９２８９４２０１２５４５;is not numeric",
                "fromASID;https://fhir.nhs.uk/Id/accredited-system|918999198738;belongs in the JWT",
                "fromASID;https://fhir.nhs.uk/Id/accredited-system|918999198738;the header takes only '918999198738'",
                "fromASID;|918999198738;the header takes only '918999198738'",
                "toASID;\"928942012545\";remove the quotes",
                "toASID;${NEMS_ASID};template variable that was never filled in",
                "toASID;<nems-asid>;template variable that was never filled in",
            })
    void aMalformedAsidIsReportedOnItsLineWithTheValueAndWhatAnAsidIs(String name, String value, String says) {
        List<Finding> found = findings(rule, read(replacing("GET", name, name + ": " + value)));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(AsidFormatRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(name.equals("fromASID") ? 2 : 3, f.location().line());
        assertEquals("header:" + name, f.location().path());
        assertEquals("R-HDR-04", f.requirement());
        assertEquals("MISSING_OR_INVALID_HEADER", f.spineCode());
        assertTrue(f.message().contains(says), f.message());
        assertTrue(f.message().contains("12"), f.message());
        assertTrue(f.message().contains(name), f.message());
    }

    /**
     * A .http recording substitutes {{variables}} before any rule runs (one without a value is a
     * recording.unresolved-variable finding), so a {{name}} reaches this rule from a HAR or a request built in code.
     */
    @Test
    void aDoubleBracedVariableLeftInARequestNotReadFromAHttpFileIsNamedATemplateVariable() {
        Interaction recorded = read(replacing("GET", "fromASID", "fromASID: 918999198738"));
        List<Header> headers = recorded.headers().all().stream()
                .map(h -> h.name().equals("fromASID") ? new Header(h.name(), "{{fromAsid}}", h.line()) : h)
                .toList();
        Interaction har = new Interaction(
                "rec/h.har",
                0,
                Origin.HAR,
                recorded.method(),
                recorded.target(),
                recorded.line(),
                Headers.of(headers),
                recorded.body());
        List<Finding> found = findings(rule, har);
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("template variable that was never filled in"),
                found.get(0).message());
    }

    @Test
    void twoQuotesWithNothingBetweenThemAreNotToldToLoseTheirQuotes() {
        List<Finding> found = findings(rule, read(replacing("GET", "toASID", "toASID: \"\"")));
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("is not numeric"), found.get(0).message());
        assertFalse(
                found.get(0).message().contains("remove the quotes"),
                found.get(0).message());
    }

    @Test
    void theInteractionIdIsNotAnAsid() {
        assertEquals(List.of(), findings(rule, read(replacing("GET", "InteractionID", "InteractionID: 1234"))));
    }
}
