package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;
import org.nemsrules.subscription.EventTypeCatalogue;
import org.nemsrules.subscription.EventTypeState;

class EventDeprecatedRuleTest {
    private static final String CRITERIA = "/Bundle?type=message&Patient.identifier=" + CriteriaFixtures.PATIENT
            + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=newborn-hearing-1";
    private final EventDeprecatedRule rule = new EventDeprecatedRule(
            EventTypeCatalogue.standard().withState("newborn-hearing-1", EventTypeState.DEPRECATED));

    @Test
    void anEventInThatStateIsReportedAtItsCode() {
        assertFiresAt(
                rule,
                CRITERIA,
                "newborn-hearing-1",
                "the event 'newborn-hearing-1' (",
                "is deprecated",
                "NEMS accepts the subscription (201) with a DEPRECATED issue");
        assertEquals("R-CRIT-12", only(rule, CRITERIA).requirement());
    }

    @Test
    void theShippedCatalogueMarksNoEventSoAndIsSilent() {
        assertSilent(new EventDeprecatedRule(), CRITERIA);
    }

    @Test
    void otherEventsAreSilent() {
        assertSilent(rule, CriteriaFixtures.VALID);
    }
}
