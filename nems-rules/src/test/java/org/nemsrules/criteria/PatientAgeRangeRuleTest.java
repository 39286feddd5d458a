package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class PatientAgeRangeRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final PatientAgeRangeRule rule = new PatientAgeRangeRule();

    @Test
    void anEmptyRangeIsReportedAtTheSecondAge() {
        assertFiresAt(rule, EXPLICIT + "&Patient.age=gt19&Patient.age=lt5", "lt5", "gt19 and lt5 form an empty range");
        assertEquals(
                "R-CRIT-05",
                only(rule, EXPLICIT + "&Patient.age=gt19&Patient.age=lt5").requirement());
    }

    @Test
    void twoAgesWithTheSamePrefixAreReported() {
        assertFiresAt(rule, EXPLICIT + "&Patient.age=lt5&Patient.age=lt19", "lt19", "given twice with 'lt'");
    }

    @Test
    void aRangeIsSilent() {
        assertSilent(rule, EXPLICIT + "&Patient.age=gt5&Patient.age=lt19");
    }

    @Test
    void oneAgeIsSilent() {
        assertSilent(rule, EXPLICIT + "&Patient.age=gt60");
    }
}
