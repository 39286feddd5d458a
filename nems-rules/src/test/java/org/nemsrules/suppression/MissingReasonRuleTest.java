package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.assertOne;
import static org.nemsrules.suppression.SuppressionFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.Finding;

class MissingReasonRuleTest {
    private static final MissingReasonRule RULE = new MissingReasonRule();

    @Test
    void aSuppressionWithNoReasonIsWarnedAboutAtItsLine() {
        assertOne(
                findings("# Read one subscription.", "# nems-rules: ignore jwt.always", GET),
                RULE,
                2,
                "jwt.always",
                "the suppression of jwt.always gives no reason",
                "expected '# nems-rules: ignore jwt.always \u2014 <why the finding is acceptable>'");
    }

    @Test
    void aDashWithNothingAfterItIsNoReason() {
        assertOne(findings("# nems-rules: ignore jwt.always \u2014 ", GET), RULE, 1, "jwt.always", "gives no reason");
    }

    @Test
    void textWithoutASeparatorIsNamedAndNotTakenAsAReason() {
        assertOne(
                findings("# nems-rules: ignore jwt.always because the token is made up", GET),
                RULE,
                1,
                "jwt.always",
                "'because the token is made up' after the rule id but no separator");
    }

    @Test
    void aSuppressionNamingNoRuleAndGivingNoReasonAsksForBoth() {
        assertOne(
                findings("# nems-rules: ignore", GET),
                RULE,
                1,
                "",
                "expected '# nems-rules: ignore <rule-id> \u2014 <why the finding is acceptable>'");
    }

    @Test
    void aSelectorAsLongAsAMessageQuotesIsRepeatedInTheExpectedComment() {
        String selector = "jwt." + "x".repeat(Echo.MAX_CHARACTERS - 4);
        String message = onlyMessage(findings("# nems-rules: ignore " + selector, GET));
        assertTrue(message.contains("expected '# nems-rules: ignore " + selector + " \u2014 "), message);
    }

    @Test
    void aSelectorLongerThanAMessageQuotesIsNotRepeatedInTheExpectedComment() {
        String selector = "jwt." + "x".repeat(Echo.MAX_CHARACTERS - 3);
        String message = onlyMessage(findings("# nems-rules: ignore " + selector, GET));
        assertTrue(message.contains("expected '# nems-rules: ignore <rule-id> \u2014 "), message);
    }

    /** The message of the one finding of this rule (a long selector is shortened in the finding's path). */
    private static String onlyMessage(List<Finding> findings) {
        List<Finding> of =
                findings.stream().filter(f -> f.ruleId().equals(RULE.id())).toList();
        assertEquals(1, of.size(), findings::toString);
        assertEquals(1, of.get(0).location().line());
        return of.get(0).message();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# nems-rules: ignore jwt.always \u2014 the token is made up",
                "# nems-rules: ignore jwt.always: the token is made up",
                "# nems-rules: ignore jwt.always - x"
            })
    void aSuppressionWithAReasonIsSilent(String comment) {
        assertEquals(
                List.of(),
                findings(comment, GET).stream()
                        .filter(f -> f.ruleId().equals(RULE.id()))
                        .toList());
    }
}
