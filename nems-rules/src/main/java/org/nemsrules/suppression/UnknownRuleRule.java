package org.nemsrules.suppression;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SuppressionReview;
import org.nemsrules.engine.SuppressionRule;
import org.nemsrules.model.Suppression;

/** An inline suppression naming no rule, or a rule or category that does not exist. */
public final class UnknownRuleRule implements SuppressionRule {
    public static final String ID = "suppression.unknown-rule";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Suppression names an unknown rule")
            .description("A comment '# nems-rules: ignore <rule-id>' must name a rule id as listed by "
                    + "'nems-check --list-rules', or a category as 'jwt.*'. A mistyped id suppresses nothing, "
                    + "and the finding it was meant for is still reported, which reads as if the suppression "
                    + "were ignored; the warning names the nearest known id.")
            .severity(Severity.WARNING)
            .fix("Correct the rule id (see 'nems-check --list-rules' or docs/rules.md), or delete the comment.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SuppressionReview review, FindingSink sink) {
        for (Suppression s : review.suppressions()) {
            if (s.selector().isEmpty()) {
                sink.report(
                        s.line(),
                        Paths.of(s),
                        "the suppression names no rule; expected "
                                + "'# nems-rules: ignore <rule-id> — <reason>' with a rule id such as jwt.scope-value, "
                                + "or a category such as jwt.*");
            } else if (!review.known(s.selector())) {
                // The nearest id is searched for only when the finding is listed: 200,000 mistyped suppressions
                // cost a search each otherwise, for findings the sink only counts.
                sink.report(
                        s.line(),
                        Paths.of(s),
                        () -> "the suppression names '" + Echo.of(s.selector())
                                + "', which is not a rule " + (s.isCategory() ? "category" : "id")
                                + review.nearest(s.selector())
                                        .map(n -> "; did you mean '" + n + "'?")
                                        .orElse(""));
            }
        }
    }
}
