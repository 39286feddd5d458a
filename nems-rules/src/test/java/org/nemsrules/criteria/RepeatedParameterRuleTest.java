package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class RepeatedParameterRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final RepeatedParameterRule rule = new RepeatedParameterRule();

    @Test
    void aSecondServiceTypeIsReportedAtIt() {
        assertFiresAt(
                rule,
                VALID + "&serviceType=UHV",
                "serviceType=UHV",
                "serviceType appears 2 times",
                "at most once",
                "remove 'serviceType=UHV'");
        assertEquals("R-CRIT-11", only(rule, VALID + "&serviceType=UHV").requirement());
    }

    @Test
    void aThirdAgeIsReported() {
        assertFiresAt(
                rule,
                EXPLICIT + "&Patient.age=gt5&Patient.age=lt19&Patient.age=lt18",
                "Patient.age=lt18",
                "Patient.age appears 3 times",
                "at most 2 times");
    }

    @Test
    void twoAgesAreSilent() {
        assertSilent(rule, EXPLICIT + "&Patient.age=gt5&Patient.age=lt19");
    }

    @Test
    void severalEventsAreSilent() {
        assertSilent(rule, EXPLICIT + "&MessageHeader.event=pds-death-notification-1");
    }
}
