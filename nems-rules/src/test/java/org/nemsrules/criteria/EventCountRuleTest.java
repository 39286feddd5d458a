package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class EventCountRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final EventCountRule rule = new EventCountRule();

    @Test
    void noEventIsReported() {
        assertFiresAt(rule, "/Bundle?type=message&" + PID, "/Bundle", "has no MessageHeader.event");
        assertEquals("R-CRIT-04", only(rule, "/Bundle?type=message&" + PID).requirement());
    }

    @Test
    void aSecondEventOnAGenericSubscriptionIsReported() {
        assertFiresAt(
                rule,
                VALID_GENERIC + "&MessageHeader.event=pds-death-notification-1",
                "MessageHeader.event=pds-death",
                "a generic subscription takes exactly one MessageHeader.event; found 2",
                "create one generic subscription per event");
    }

    @Test
    void severalEventsOnAnExplicitSubscriptionAreSilent() {
        assertSilent(
                rule, EXPLICIT + "&MessageHeader.event=pds-birth-notification-1&MessageHeader.event=vaccinations-1");
    }

    @Test
    void oneEventOnAGenericSubscriptionIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
