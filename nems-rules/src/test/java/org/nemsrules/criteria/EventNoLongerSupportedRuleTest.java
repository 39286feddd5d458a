package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;
import org.nemsrules.subscription.EventTypeCatalogue;
import org.nemsrules.subscription.EventTypeState;

class EventNoLongerSupportedRuleTest {
    private static final String CRITERIA = "/Bundle?type=message&Patient.identifier=" + CriteriaFixtures.PATIENT
            + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=pds-birth-notification-1";
    private final EventNoLongerSupportedRule rule = new EventNoLongerSupportedRule(
            EventTypeCatalogue.standard().withState("pds-birth-notification-1", EventTypeState.NO_LONGER_SUPPORTED));

    @Test
    void anEventInThatStateIsReportedAtItsCode() {
        assertFiresAt(
                rule,
                CRITERIA,
                "pds-birth-notification-1",
                "the event 'pds-birth-notification-1' (",
                "is no longer supported",
                "rejects new subscriptions to it with NO_LONGER_SUPPORTED");
        assertEquals("R-CRIT-12", only(rule, CRITERIA).requirement());
    }

    @Test
    void theShippedCatalogueMarksNoEventSoAndIsSilent() {
        assertSilent(new EventNoLongerSupportedRule(), CRITERIA);
    }

    @Test
    void otherEventsAreSilent() {
        assertSilent(rule, CriteriaFixtures.VALID);
    }
}
