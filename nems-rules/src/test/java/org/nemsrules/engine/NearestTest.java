package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.criteria.RuleType;

class NearestTest {
    private static final List<String> EVENTS = List.of(
            "blood-spot-test-outcome-1",
            "newborn-hearing-1",
            "nipe-outcome-1",
            "pds-birth-notification-1",
            "pds-change-of-address-1",
            "pds-change-of-gp-1",
            "pds-death-notification-1",
            "pds-record-change-1",
            "professional-contacts-1",
            "vaccinations-1");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "pds-person-death-1, pds-death-notification-1", // the read page's example (ambiguity 7)
        "pds-change-of-adress-1, pds-change-of-address-1",
        "PDS-CHANGE-OF-GP-1, pds-change-of-gp-1",
        "vaccination-1, vaccinations-1",
        "newborn-hearing, newborn-hearing-1",
        "PDS001, ''", // the 2018 codes have no modern counterpart by name
        "something-else, ''",
    })
    void aMistypedEventCodeIsNearestToTheCodeItMeant(String typed, String expected) {
        assertEquals(expected, Nearest.to(typed, EVENTS).orElse(""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CHO_POSTCODE_ICS, CHO_POSTCODE_CCG",
        "GP_GP, GP_GP_GP",
        "UHV_POSTCODE, UHV_POSTCODE_LACODE",
        "CHRD, ''",
    })
    void aMistypedRuleTypeIsNearestToTheRuleTypeItMeant(String typed, String expected) {
        assertEquals(expected, Nearest.to(typed, RuleType.codes()).orElse(""));
    }
}
