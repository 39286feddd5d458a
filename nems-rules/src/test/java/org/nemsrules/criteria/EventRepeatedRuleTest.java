package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class EventRepeatedRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final EventRepeatedRule rule = new EventRepeatedRule();

    @Test
    void aRepeatedEventIsReportedAtTheRepeat() {
        assertFiresAt(rule, EXPLICIT + "&" + EVENT, ">MessageHeader.event", "'pds-change-of-address-1' is given twice");
        assertEquals("R-CRIT-04", only(rule, EXPLICIT + "&" + EVENT).requirement());
    }

    @Test
    void differentEventsAreSilent() {
        assertSilent(rule, EXPLICIT + "&MessageHeader.event=pds-death-notification-1");
    }
}
