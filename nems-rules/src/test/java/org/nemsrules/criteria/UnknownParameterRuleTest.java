package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class UnknownParameterRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final UnknownParameterRule rule = new UnknownParameterRule();

    @Test
    void theBritishSpellingIsReportedWithTheComponentMeant() {
        assertFiresAt(
                rule,
                EXPLICIT + "&Organisation.identifier=X2458",
                "Organisation",
                "'Organisation.identifier'",
                "did you mean 'Organization.identifier'?");
        assertEquals(
                "R-CRIT-11",
                only(rule, EXPLICIT + "&Organisation.identifier=X2458").requirement());
    }

    @Test
    void aSearchParameterOfFhirIsReported() {
        assertFiresAt(rule, EXPLICIT + "&_count=10", "_count", "'_count', which is not a criteria component");
    }

    @Test
    void everyComponentIsSilent() {
        assertSilent(rule, VALID + "&Patient.age=gt5&Patient.age=lt19&GPRegistration=RegisteredOnly&tag=a");
    }

    @Test
    void aGenericCriteriaIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
