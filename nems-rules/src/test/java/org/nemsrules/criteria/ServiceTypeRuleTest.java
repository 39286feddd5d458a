package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class ServiceTypeRuleTest {
    private static final String PID = "Patient.identifier=" + CriteriaFixtures.PATIENT;
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private static final String EXPLICIT = "/Bundle?type=message&" + PID + "&" + EVENT;
    private final ServiceTypeRule rule = new ServiceTypeRule();

    @Test
    void anUnknownServiceTypeIsReportedWithTheFour() {
        assertFiresAt(
                rule,
                VALID.replace("serviceType=GP", "serviceType=PHR"),
                "PHR",
                "serviceType is 'PHR'",
                "GP (GP practice services)",
                "EPCHR");
        assertEquals(
                "R-CRIT-02",
                only(rule, VALID.replace("serviceType=GP", "serviceType=PHR")).requirement());
    }

    @Test
    void aLowerCaseServiceTypeGetsTheCodeMeant() {
        assertFiresAt(rule, VALID.replace("serviceType=GP", "serviceType=uhv"), "uhv", "did you mean 'UHV'?");
    }

    @Test
    void eachServiceTypeIsSilent() {
        assertSilent(rule, VALID.replace("serviceType=GP", "serviceType=EPCHR"));
    }

    @Test
    void noServiceTypeIsSilent() {
        assertSilent(rule, EXPLICIT);
    }
}
