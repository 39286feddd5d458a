package org.nemsrules.engine;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * For the fuzz tests of the whole validator: the engine turns a rule that throws, or a view parser that throws, into a
 * finding rather than stop the run ({@code NemsValidator.guarded}, {@code ViewKey.parse}). That keeps the promise to
 * the user, but it is still a bug; a fuzz target calls {@link #assertNone} so that such a finding counts as a crash.
 */
public final class InternalErrors {
    /** What {@code NemsValidator.guarded} writes for a rule that threw. */
    private static final String RULE_CRASH = "internal error in rule ";
    /** What {@code ViewKey.parse} writes for a view parser that threw: its name, then the exception. */
    private static final Pattern VIEW_CRASH = Pattern.compile("could not read .+: [\\w.$]+(Exception|Error)\\b.*");

    private InternalErrors() {}

    /** Throws an {@link AssertionError} naming the first finding that hides an exception. */
    public static void assertNone(Collection<Finding> findings) {
        for (Finding f : findings) {
            if (f.message().startsWith(RULE_CRASH)
                    || VIEW_CRASH.matcher(f.message()).matches()) {
                throw new AssertionError(
                        "an exception was caught inside the validator: " + f.ruleId() + ": " + f.message());
            }
        }
    }
}
