package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class PatientAgeRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final PatientAgeRule rule = new PatientAgeRule();

    @Test
    void anUnsupportedPrefixIsReported() {
        assertFiresAt(rule, EXPLICIT + "&Patient.age=ge14", "ge14", "the prefix 'ge' is not supported", "lt and gt");
        assertEquals("R-CRIT-05", only(rule, EXPLICIT + "&Patient.age=ge14").requirement());
    }

    @Test
    void aMissingPrefixIsReported() {
        assertFiresAt(rule, EXPLICIT + "&Patient.age=14", ">14\"", "it has no prefix");
    }

    @Test
    void theCreatePagesAgesAreSilent() {
        assertSilent(rule, EXPLICIT + "&Patient.age=gt5&Patient.age=lt19");
    }

    @Test
    void oneAgeIsSilent() {
        assertSilent(rule, EXPLICIT + "&Patient.age=lt14");
    }
}
