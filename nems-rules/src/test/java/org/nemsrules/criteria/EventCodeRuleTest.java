package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class EventCodeRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final EventCodeRule rule = new EventCodeRule();

    @Test
    void theReadPagesEventGetsTheNearestSupportedCode() {
        assertFiresAt(
                rule,
                EXPLICIT.replace("pds-change-of-address-1", "pds-person-death-1"),
                "pds-person-death-1",
                "'pds-person-death-1' is not a NEMS event code",
                "did you mean 'pds-death-notification-1'?");
        assertEquals(
                "R-CRIT-04",
                only(rule, EXPLICIT.replace("pds-change-of-address-1", "pds-person-death-1"))
                        .requirement());
    }

    @Test
    void aCodeOfTheCodeSystemThatIsNotOfferedHasItsOwnMessage() {
        assertFiresAt(
                rule,
                EXPLICIT.replace("pds-change-of-address-1", "birth-details-1"),
                "birth-details-1",
                "is in the EventType-1 code system, but NEMS offers no subscription to it");
    }

    @Test
    void the2018CodesAreNamedAsSuch() {
        assertFiresAt(
                rule,
                EXPLICIT.replace("pds-change-of-address-1", "PDS001"),
                "PDS001",
                "PDS001…PDS004 are the 2018 codes",
                "pds-change-of-gp-1");
    }

    @Test
    void codesAreCaseSensitive() {
        assertFiresAt(
                rule,
                EXPLICIT.replace("pds-change-of-address-1", "PDS-CHANGE-OF-GP-1"),
                "PDS-CHANGE",
                "did you mean 'pds-change-of-gp-1'?",
                "case-sensitive");
    }

    @Test
    void everyOfferedEventIsSilent() {
        assertSilent(
                rule,
                EXPLICIT
                        + "&MessageHeader.event=blood-spot-test-outcome-1&MessageHeader.event=newborn-hearing-1&MessageHeader.event=nipe-outcome-1&MessageHeader.event=pds-birth-notification-1&MessageHeader.event=pds-change-of-gp-1&MessageHeader.event=pds-death-notification-1&MessageHeader.event=pds-record-change-1&MessageHeader.event=professional-contacts-1&MessageHeader.event=vaccinations-1");
    }
}
