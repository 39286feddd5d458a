package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;
import org.nemsrules.subscription.EventTypeCatalogue;
import org.nemsrules.subscription.EventTypeState;

class EventWithdrawnRuleTest {
    private static final String CRITERIA = "/Bundle?type=message&Patient.identifier=" + CriteriaFixtures.PATIENT
            + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=vaccinations-1";
    private final EventWithdrawnRule rule =
            new EventWithdrawnRule(EventTypeCatalogue.standard().withState("vaccinations-1", EventTypeState.WITHDRAWN));

    @Test
    void anEventInThatStateIsReportedAtItsCode() {
        assertFiresAt(
                rule,
                CRITERIA,
                "vaccinations-1",
                "the event 'vaccinations-1' (",
                "is withdrawn",
                "rejects new subscriptions to it with WITHDRAWN");
        assertEquals("R-CRIT-12", only(rule, CRITERIA).requirement());
    }

    @Test
    void theShippedCatalogueMarksNoEventSoAndIsSilent() {
        assertSilent(new EventWithdrawnRule(), CRITERIA);
    }

    @Test
    void otherEventsAreSilent() {
        assertSilent(rule, CriteriaFixtures.VALID);
    }
}
