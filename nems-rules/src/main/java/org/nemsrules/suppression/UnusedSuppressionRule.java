package org.nemsrules.suppression;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SuppressionReview;
import org.nemsrules.engine.SuppressionRule;
import org.nemsrules.model.Suppression;

/**
 * An inline suppression that dropped no finding: the fault was fixed, or the comment sits above the wrong
 * request. Left in place it would silently hide the fault if it came back.
 */
public final class UnusedSuppressionRule implements SuppressionRule {
    public static final String ID = "suppression.unused";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Suppression suppresses nothing")
            .description("A comment '# nems-rules: ignore <rule-id>' before a request found no finding of that "
                    + "rule on that request: the fault was fixed, or the comment is above the wrong request. "
                    + "A stale suppression would hide the fault should it return. Suppressions of a rule that "
                    + "is turned off for the run are not judged, and the suppression.* rules cannot themselves "
                    + "be suppressed.")
            .severity(Severity.WARNING)
            .fix("Delete the suppression, or move it to the comments right before the request line of the "
                    + "request whose finding it is meant for.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SuppressionReview review, FindingSink sink) {
        for (Suppression s : review.suppressions()) {
            if (!review.known(s.selector()) || review.used(s)) {
                continue;
            }
            if (s.selector().startsWith(CATEGORY + ".")) {
                sink.report(
                        s.line(),
                        Paths.of(s),
                        "the suppression names '" + Echo.of(s.selector()) + "', but the "
                                + CATEGORY + ".* rules cannot be suppressed; expected a suppression of the rule "
                                + "whose finding is acceptable, with its reason");
            } else if (review.ran(s.selector())) {
                sink.report(
                        s.line(),
                        Paths.of(s),
                        "the suppression of " + Echo.of(s.selector())
                                + " suppresses nothing: "
                                + "no finding of " + (s.isCategory() ? "a rule of that category" : "that rule")
                                + " on the request below it ("
                                + Echo.of(review.interaction().method()) + " "
                                + Echo.of(review.interaction().target())
                                + "); expected it only above a request that has such a finding");
            }
        }
    }
}
