package org.nemsrules.criteria;

import java.util.Collection;
import org.nemsrules.engine.Nearest;

/** The "did you mean" tail of a message. */
final class Suggestion {
    private Suggestion() {}

    /** {@code "; did you mean 'X'?"} for the nearest known value, or the empty string when none is near. */
    static String didYouMean(String found, Collection<String> known) {
        return Nearest.to(found, known)
                .filter(n -> !n.equals(found))
                .map(n -> "; did you mean '" + n + "'?")
                .orElse("");
    }
}
