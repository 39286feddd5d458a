package org.nemsrules.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.View;

/**
 * What the hostile-input tests share: the failures met so far and how a message is judged. A crash that the
 * validator's safety nets catch still fails: an "internal error in rule" finding, or a view that failed with an
 * exception's class name in its message, is a crash the user would see as a finding.
 */
abstract class HostileInputs {
    /** How a caught exception shows in a message: {@code ": " + e} names its class in full. */
    private static final Pattern CAUGHT =
            Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b");

    final List<String> failures = new ArrayList<>();

    <T> Optional<T> attempt(String what, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures.add(what + ": " + e);
            return Optional.empty();
        }
    }

    void judge(String what, Finding f) {
        if (f.message().startsWith("internal error")) {
            failures.add(what + ": " + f.ruleId() + " " + f.message());
        } else {
            judge(what + " " + f.ruleId(), f.message());
        }
    }

    void judge(String what, View<?> view) {
        view.problem().ifPresent(p -> judge(what, p.message()));
    }

    /** A message for a person: one line, and no exception class name that says a crash was caught. */
    void judge(String what, String message) {
        if (message.contains("\n") || CAUGHT.matcher(message).find()) {
            failures.add(what + ": " + message);
        }
    }

    void judgeNoCrash(String what, String message) {
        if (CAUGHT.matcher(message).find()) {
            failures.add(what + ": " + message);
        }
    }

    void assertNoFailures(int checked) {
        assertTrue(checked > 0, "no input was tried");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + checked + " inputs crashed or gave more than a line:\n"
                        + String.join(
                                "\n",
                                failures.stream()
                                        .distinct()
                                        .limit(40)
                                        .map(HostileInputs::abbreviate)
                                        .toList()));
    }

    static List<String> lines(HostileCorpus.Case c) {
        return c.utf8().lines().limit(20).toList();
    }

    static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
