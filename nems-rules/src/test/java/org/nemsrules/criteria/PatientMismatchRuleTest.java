package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.columnOf;
import static org.nemsrules.criteria.CriteriaFixtures.findings;
import static org.nemsrules.criteria.CriteriaFixtures.lineOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.criteria.CriteriaFixtures.Form;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class PatientMismatchRuleTest {
    private static final String OTHER_PATIENT = "http://fhir.nhs.net/Id/nhs-number|9434765919";
    private final PatientMismatchRule rule = new PatientMismatchRule();

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Form.class,
            names = {"XML_REQUEST", "JSON_REQUEST"})
    void anotherPatientInTheTokenIsReportedAtTheCriteriasNumber(Form form) {
        List<Finding> found = findings(rule, form.interaction(VALID, OTHER_PATIENT));

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        String text = form.text(VALID, OTHER_PATIENT);
        assertEquals(PatientMismatchRule.ID, f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(lineOf(text, "criteria"), f.location().line());
        assertEquals(columnOf(text, "http://fhir.nhs.net"), f.location().column());
        assertTrue(
                f.message()
                        .contains("subscribes to the NHS number 9990000018, but the token's requesting_patient "
                                + "is 9434765919"),
                f.message());
        assertEquals("R-CRIT-03", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("REQUEST_UNMATCHED", f.spineCode());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void theSamePatientIsSilent(Form form) {
        assertEquals(List.of(), findings(rule, form.interaction(VALID, CriteriaFixtures.PATIENT)));
    }

    @Test
    void aTokenWithoutRequestingPatientIsSilent() {
        assertEquals(List.of(), findings(rule, Form.XML_REQUEST.interaction(VALID, null)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Form.class,
            names = {"BARE_XML", "BARE_JSON"})
    void aBareResourceHasNoTokenAndIsSilent(Form form) {
        assertEquals(List.of(), findings(rule, form.interaction(VALID, OTHER_PATIENT)));
    }

    @Test
    void aGenericSubscriptionIsSilent() {
        assertEquals(List.of(), findings(rule, Form.JSON_REQUEST.interaction(VALID_GENERIC, OTHER_PATIENT)));
    }

    @Test
    void anInvalidNumberOnEitherSideIsLeftToTheNhsNumberRules() {
        assertEquals(
                List.of(),
                findings(rule, Form.XML_REQUEST.interaction(VALID, "http://fhir.nhs.net/Id/nhs-number|6101231234")));
        assertEquals(
                List.of(),
                findings(rule, Form.XML_REQUEST.interaction(VALID.replace("9990000018", "6101231234"), OTHER_PATIENT)));
    }
}
