package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.QUIET_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.TOKEN_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;

/**
 * The suppression rules are held to the cap every other rule is: a recording with thousands of suppressions gets
 * the first {@value NemsValidator#MAX_FINDINGS_PER_RULE} findings of each suppression rule for each request, then
 * one that counts the rest.
 */
class SuppressionCapTest {
    private static final int MANY = 250;

    @Test
    void unknownRulesWithoutReasonsAreListedUpToTheCapThenCounted() {
        List<Finding> findings = findings(comments(MANY, i -> "# nems-rules: ignore bogus.rule" + i));

        assertCapped(findings, UnknownRuleRule.ID, MANY);
        assertCapped(findings, MissingReasonRule.ID, MANY);
    }

    @Test
    void unusedSuppressionsAreListedUpToTheCapThenCounted() {
        List<Finding> findings =
                findings(comments(MANY, i -> "# nems-rules: ignore " + QUIET_RULE + " \u2014 case " + i));

        assertCapped(findings, UnusedSuppressionRule.ID, MANY);
    }

    @Test
    void everyOneOfManySuppressionsOfOneFindingCountsAsUsed() {
        List<Finding> findings =
                findings(comments(MANY, i -> "# nems-rules: ignore " + TOKEN_RULE + " \u2014 case " + i));

        assertEquals(
                0, findings.stream().filter(f -> f.ruleId().equals(TOKEN_RULE)).count(), findings::toString);
        assertEquals(
                0,
                findings.stream()
                        .filter(f -> f.ruleId().startsWith("suppression."))
                        .count(),
                "each of the suppressions dropped the finding, so none is unused");
    }

    @Test
    void twoHundredThousandSuppressionsGiveAReportOfAFewHundredFindings() {
        List<Finding> findings = findings(comments(200_000, i -> "# nems-rules: ignore bogus.rule" + i));

        assertEquals(
                2 * (NemsValidator.MAX_FINDINGS_PER_RULE + 1),
                findings.stream()
                        .filter(f -> f.ruleId().startsWith("suppression."))
                        .count());
        assertEquals(
                "199,900 more findings of suppression.unknown-rule in this request are not listed (at most 100 "
                        + "are); fix those above and check again",
                findings.stream()
                        .filter(f -> f.ruleId().equals(UnknownRuleRule.ID))
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .message());
    }

    private static void assertCapped(List<Finding> findings, String ruleId, int reported) {
        List<Finding> of =
                findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        int cap = NemsValidator.MAX_FINDINGS_PER_RULE;
        assertEquals(cap + 1, of.size(), () -> ruleId + ": " + of.size() + " findings");
        Finding summary = of.get(cap);
        assertEquals(
                String.format(
                        "%d more findings of %s in this request are not listed (at most %d are); fix "
                                + "those above and check again",
                        reported - cap, ruleId, cap),
                summary.message());
        assertEquals(cap + 1, summary.location().line(), "at the first suppression left out");
    }

    /** {@code count} comment lines made by {@code comment}, then a request. */
    private static String[] comments(int count, IntFunction<String> comment) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(comment.apply(i));
        }
        lines.add(GET);
        return lines.toArray(String[]::new);
    }
}
