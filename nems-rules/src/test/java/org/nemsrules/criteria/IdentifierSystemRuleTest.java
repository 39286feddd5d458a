package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class IdentifierSystemRuleTest {
    private static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    private final IdentifierSystemRule rule = new IdentifierSystemRule();

    @Test
    void theNewerNhsNumberSystemIsNamedAsALikelyMistake() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&Patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018&" + EVENT,
                "https://fhir.nhs.uk",
                "preferred URI used by newer APIs",
                "'http://fhir.nhs.net/Id/nhs-number'");
        assertEquals(
                "R-NHS-03",
                only(
                                rule,
                                "/Bundle?type=message&Patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018&"
                                        + EVENT)
                        .requirement());
    }

    @Test
    void aBareNhsNumberGetsTheSystemToAdd() {
        assertFiresAt(
                rule,
                "/Bundle?type=message&Patient.identifier=9990000018&" + EVENT,
                ">9990000018",
                "has no naming system",
                "expected 'http://fhir.nhs.net/Id/nhs-number|9990000018'");
        assertEquals(
                "R-CRIT-03",
                only(rule, "/Bundle?type=message&Patient.identifier=9990000018&" + EVENT)
                        .requirement());
    }

    @Test
    void theNemsSystemIsSilent() {
        assertSilent(rule, VALID);
    }

    @Test
    void aGenericCriteriaIsSilent() {
        assertSilent(rule, VALID_GENERIC);
    }
}
