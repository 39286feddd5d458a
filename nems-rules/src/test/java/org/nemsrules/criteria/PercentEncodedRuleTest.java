package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class PercentEncodedRuleTest {
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private final PercentEncodedRule rule = new PercentEncodedRule();

    @Test
    void anEncodedBarIsNotedWithTheUnencodedForm() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number%7C9990000018&" + EVENT,
                "%7C",
                "percent-encoded (first at '%7C')",
                "writes the criteria unencoded");
        assertEquals(
                "R-CRIT-11",
                only(
                                rule,
                                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number%7C9990000018&"
                                        + EVENT)
                        .requirement());
    }

    @Test
    void anUnencodedCriteriaIsSilent() {
        assertSilent(rule, VALID);
    }
}
