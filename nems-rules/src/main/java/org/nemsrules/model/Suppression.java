package org.nemsrules.model;

import java.util.Objects;

/**
 * An inline suppression written in a recording, {@code # nems-rules: ignore jwt.scope-value — why}, in the
 * comments right before a request line: findings of that rule (or category, {@code jwt.*}) on that request
 * are dropped. Only {@code .http} recordings carry them; HAR archives and bare resources have no comments.
 *
 * @param selector    the rule id or {@code category.*} as written; empty when the comment names none
 * @param reason      why the finding is acceptable, as written after the separator; empty when none is given
 * @param line        1-based line of the comment
 * @param unseparated text written after the rule id without a separator ({@code —}, {@code --}, {@code -} or
 *                    {@code :}), which is not taken as a reason; empty when none
 */
public record Suppression(String selector, String reason, int line, String unseparated) {
    public Suppression {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(unseparated, "unseparated");
    }

    /** Whether this names a whole category ({@code jwt.*}) rather than one rule. */
    public boolean isCategory() {
        return selector.endsWith(".*");
    }

    /** Whether a finding of rule {@code ruleId} is one this suppression names. */
    public boolean covers(String ruleId) {
        if (isCategory()) {
            return ruleId.startsWith(selector.substring(0, selector.length() - 1));
        }
        return ruleId.equals(selector);
    }
}
