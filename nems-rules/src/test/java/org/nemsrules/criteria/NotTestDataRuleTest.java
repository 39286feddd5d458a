package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.columnOf;
import static org.nemsrules.criteria.CriteriaFixtures.lineOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.criteria.CriteriaFixtures.Form;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;

class NotTestDataRuleTest {
    private static final String REAL_LOOKING = VALID.replace("9990000018", "4010232137");
    private final NotTestDataRule rule = new NotTestDataRule();

    private List<Finding> enabled(Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .threads(1)
                .enable(NotTestDataRule.ID)
                .build()
                .validate(interaction);
    }

    @Test
    void theRuleIsOffByDefault() {
        assertFalse(rule.metadata().enabledByDefault());
        assertEquals(List.of(), CriteriaFixtures.findings(rule, Form.XML_REQUEST, REAL_LOOKING));
        assertTrue(RuleCatalog.builtIn().find(NotTestDataRule.ID).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void aNumberOutsideTheTestRangeInTheCriteriaIsReportedWhenEnabled(Form form) {
        List<Finding> found = enabled(form.interaction(REAL_LOOKING, null));

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        String text = form.text(REAL_LOOKING, null);
        assertEquals(NotTestDataRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(lineOf(text, "criteria"), f.location().line());
        assertEquals(columnOf(text, "4010232137"), f.location().column());
        assertTrue(
                f.message()
                        .contains("4010232137 in Patient.identifier is outside the range set aside for test "
                                + "data (999 000 0000 to 999 999 9999)"),
                f.message());
        assertTrue(f.message().contains("such as 9990000018"), f.message());
    }

    @Test
    void aNumberRightAfterALeadingBarIsPointedAtRatherThanTheBar() {
        String criteria = VALID.replace(CriteriaFixtures.PATIENT, "|4010232137");
        List<Finding> found = enabled(Form.XML_REQUEST.interaction(criteria, null));

        assertEquals(1, found.size(), found::toString);
        assertEquals(
                columnOf(Form.XML_REQUEST.text(criteria, null), "4010232137"),
                found.get(0).location().column());
    }

    @Test
    void aReportMasksTheNumberFoundButShowsTheRangeAndTheTestNumberTheMessageSuggests() {
        Finding found =
                enabled(Form.XML_REQUEST.interaction(REAL_LOOKING, null)).get(0);
        Report report = new Report(List.of(new FileResult("a.http", List.of("POST"), List.of(found))), List.of());

        String shown =
                report.redacted(Redactor.DEFAULT).findings().toList().get(0).message();

        assertTrue(
                shown.startsWith("the NHS number 401****137 in Patient.identifier is outside the range set aside "
                        + "for test data (999 000 0000 to 999 999 9999)"),
                shown);
        assertTrue(shown.endsWith("should use test numbers such as 9990000018"), shown);
    }

    @Test
    void aNumberOutsideTheTestRangeInTheTokenIsReportedAtTheAuthorizationLine() {
        String patient = "http://fhir.nhs.net/Id/nhs-number|4010232137";
        List<Finding> found = enabled(Form.JSON_REQUEST.interaction(VALID, patient));

        assertEquals(1, found.size(), found::toString);
        assertEquals(
                lineOf(Form.JSON_REQUEST.text(VALID, patient), "Authorization"),
                found.get(0).location().line());
        assertEquals("jwt.claims.requesting_patient", found.get(0).location().path());
        assertTrue(
                found.get(0).message().contains("the token's requesting_patient"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void testNumbersAndThePublishedExampleAreSilent(Form form) {
        assertEquals(List.of(), enabled(form.interaction(VALID, CriteriaFixtures.PATIENT)));
        assertEquals(
                List.of(),
                enabled(form.interaction(
                        VALID.replace("9990000018", "9434765919"), "http://fhir.nhs.net/Id/nhs-number|9434765919")));
    }

    @Test
    void invalidNumbersAreLeftToTheOtherRules() {
        assertEquals(
                List.of(),
                enabled(Form.XML_REQUEST.interaction(
                        VALID.replace("9990000018", "6101231234"), "http://fhir.nhs.net/Id/nhs-number|6101231234")));
    }

    @Test
    void aGenericSubscriptionWithoutPatientIsSilent() {
        assertEquals(List.of(), enabled(Form.BARE_JSON.interaction(CriteriaFixtures.VALID_GENERIC, null)));
    }
}
