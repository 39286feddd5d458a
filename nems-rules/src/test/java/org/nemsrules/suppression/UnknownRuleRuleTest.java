package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.HEADER_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.TOKEN_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.assertOne;
import static org.nemsrules.suppression.SuppressionFixtures.findings;
import static org.nemsrules.suppression.SuppressionFixtures.ruleIds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownRuleRuleTest {
    private static final UnknownRuleRule RULE = new UnknownRuleRule();

    @Test
    void aMistypedIdIsWarnedAboutNamingTheNearestIdAndSuppressesNothing() {
        var findings = findings("# nems-rules: ignore jwt.alwasy \u2014 typo", GET);
        assertOne(
                findings, RULE, 1, "jwt.alwasy", "'jwt.alwasy', which is not a rule id", "did you mean 'jwt.always'?");
        assertEquals(
                List.of(HEADER_RULE, TOKEN_RULE, UnknownRuleRule.ID),
                ruleIds(findings).stream().sorted().toList());
    }

    @Test
    void aMistypedCategoryNamesTheNearestCategory() {
        assertOne(
                findings("# nems-rules: ignore jtw.* \u2014 typo", GET),
                RULE,
                1,
                "jtw.*",
                "'jtw.*', which is not a rule category",
                "did you mean 'jwt.*'?");
    }

    @Test
    void aSuppressionNamingNoRuleIsWarnedAbout() {
        assertOne(findings("# nems-rules: ignore \u2014 why", GET), RULE, 1, "", "the suppression names no rule");
    }

    @Test
    void anUnknownIdIsNotAlsoReportedAsUnused() {
        assertEquals(
                List.of(),
                findings("# nems-rules: ignore jwt.alwasy \u2014 typo", GET).stream()
                        .filter(f -> f.ruleId().equals(UnusedSuppressionRule.ID))
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwt.always", "jwt.never", "header.*", "jwt.*", "suppression.unused"})
    void aKnownRuleOrCategoryIsSilent(String selector) {
        assertEquals(
                List.of(),
                findings("# nems-rules: ignore " + selector + " \u2014 why", GET).stream()
                        .filter(f -> f.ruleId().equals(RULE.id()))
                        .toList());
    }
}
