package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class PrefixRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private final PrefixRule rule = new PrefixRule();

    @Test
    void aMissingLeadingSlashIsReportedAtTheStart() {
        assertFiresAt(
                rule,
                "Bundle?type=message&" + PID + "&" + EVENT,
                "Bundle?type",
                "has no leading '/'",
                "'/Bundle?type=message'");
        assertEquals(
                "R-CRIT-01",
                only(rule, "Bundle?type=message&" + PID + "&" + EVENT).requirement());
    }

    @Test
    void aFirstParameterOtherThanTypeMessageIsReportedAtIt() {
        assertFiresAt(
                rule,
                "/Bundle?type=messages&" + PID + "&" + EVENT,
                "type=messages",
                "'type=messages'",
                "expected 'type=message'");
    }

    @Test
    void anAbsoluteUrlIsReported() {
        assertFiresAt(
                rule,
                "https://clinicals.spineservices.nhs.uk/STU3/Bundle?type=message&" + PID + "&" + EVENT,
                "https://clinicals",
                "is an absolute URL");
    }

    @Test
    void theExamplesOfTheCreatePageAreSilent() {
        assertSilent(rule, VALID);
    }

    @Test
    void aGenericCriteriaIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
