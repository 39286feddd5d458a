package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.assertOne;
import static org.nemsrules.suppression.SuppressionFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnusedSuppressionRuleTest {
    private static final UnusedSuppressionRule RULE = new UnusedSuppressionRule();

    @Test
    void aSuppressionOfARuleThatFoundNothingIsWarnedAboutAtItsLine() {
        assertOne(
                findings("# A read.", "", "# nems-rules: ignore jwt.never \u2014 was broken once", GET),
                RULE,
                3,
                "jwt.never",
                "the suppression of jwt.never suppresses nothing",
                "no finding of that rule",
                "on the request below it (GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc)");
    }

    @Test
    void aCategorySuppressionThatFoundNothingIsWarnedAbout() {
        assertOne(
                findings("# nems-rules: ignore mime.* \u2014 was broken once", GET),
                RULE,
                1,
                "mime.*",
                "the suppression of mime.* suppresses nothing",
                "no finding of a rule of that category");
    }

    @ParameterizedTest
    @ValueSource(strings = {"suppression.unused", "suppression.missing-reason", "suppression.*"})
    void aSuppressionOfASuppressionRuleIsWarnedAboutAsSuppressingNothing(String selector) {
        assertOne(
                findings("# nems-rules: ignore " + selector + " \u2014 hide it", GET),
                RULE,
                1,
                selector,
                "the suppression.* rules cannot be suppressed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwt.always", "jwt.*", "header.always"})
    void aSuppressionThatDroppedAFindingIsSilent(String selector) {
        assertEquals(
                List.of(),
                findings("# nems-rules: ignore " + selector + " \u2014 why", GET).stream()
                        .filter(f -> f.ruleId().equals(RULE.id()))
                        .toList());
    }
}
