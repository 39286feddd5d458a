package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.criteria.CriteriaFixtures.VALID_GENERIC;
import static org.nemsrules.criteria.CriteriaFixtures.assertFiresAt;
import static org.nemsrules.criteria.CriteriaFixtures.assertSilent;
import static org.nemsrules.criteria.CriteriaFixtures.only;

import org.junit.jupiter.api.Test;

class TagRuleTest {
    private final TagRule rule = new TagRule();

    @Test
    void aSpaceInTheTagIsReportedAtIt() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("chis_north-01", "chis north"),
                " north",
                "has a space or other whitespace at position 5",
                "only letters A-Z a-z, digits 0-9");
        assertEquals(
                "R-CRIT-09",
                only(rule, VALID_GENERIC.replace("chis_north-01", "chis north")).requirement());
    }

    @Test
    void aTagLongerThan100IsReported() {
        assertFiresAt(
                rule,
                VALID_GENERIC.replace("chis_north-01", "a".repeat(101)),
                ">a\"",
                "101 characters long; a tag has at most 100");
    }

    @Test
    void theAllowedCharactersAreSilent() {
        assertSilent(rule, VALID_GENERIC.replace("chis_north-01", "A-z_0|9,x"));
    }

    @Test
    void a100CharacterTagIsSilent() {
        assertSilent(rule, VALID_GENERIC.replace("chis_north-01", "a".repeat(100)));
    }
}
