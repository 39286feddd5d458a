package org.nemsrules.suppression;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SuppressionReview;
import org.nemsrules.engine.SuppressionRule;
import org.nemsrules.model.Suppression;

/** An inline suppression that does not say why the finding it silences is acceptable. */
public final class MissingReasonRule implements SuppressionRule {
    public static final String ID = "suppression.missing-reason";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Suppression gives no reason")
            .description("A comment '# nems-rules: ignore <rule-id>' silences a rule for the request below it. "
                    + "Without a reason, a reviewer cannot tell a deliberate exception (a request recorded to "
                    + "show a fault, a case NEMS accepts despite the page) from a finding hidden to make the "
                    + "build pass. The suppression still applies; this warning asks for the reason.")
            .severity(Severity.WARNING)
            .fix("Write the reason after the rule id, separated by an em dash, '--', '-' or ':': "
                    + "'# nems-rules: ignore jwt.token-lifetime — recorded with a 10-minute token on purpose'.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SuppressionReview review, FindingSink sink) {
        for (Suppression s : review.suppressions()) {
            if (!s.reason().isEmpty()) {
                continue;
            }
            String named = s.selector().isEmpty() ? "the suppression" : "the suppression of " + Echo.of(s.selector());
            String found = s.unseparated().isEmpty()
                    ? " gives no reason"
                    : " has '" + Echo.of(s.unseparated())
                            + "' after the rule id but no separator before it, so it gives "
                            + "no reason";
            sink.report(
                    s.line(),
                    Paths.of(s),
                    named + found + "; expected '# nems-rules: ignore "
                            + (s.selector().isEmpty() || s.selector().length() > Echo.MAX_CHARACTERS
                                    ? "<rule-id>"
                                    : s.selector())
                            + " — <why the finding is acceptable>'");
        }
    }
}
