package org.nemsrules.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The known code or name a mistyped one most likely meant, for "did you mean" messages: the same text in
 * another case, else the one code it is the start of, else the closest by edit distance when it is close enough, else the one sharing the most words
 * ({@code pds-person-death-1} shares {@code pds}, {@code death} and {@code 1} with {@code pds-death-notification-1}).
 */
public final class Nearest {
    private Nearest() {}

    public static Optional<String> to(String text, Collection<String> known) {
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(text)) {
                return Optional.of(candidate);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // A truncated code ('Registered' for 'RegisteredOnly') is nearest to the one code it begins.
        List<String> extending = known.stream()
                .filter(k -> text.length() >= 3 && k.toLowerCase(Locale.ROOT).startsWith(lower))
                .toList();
        if (extending.size() == 1) {
            return Optional.of(extending.get(0));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A third of the length: close enough for typos and renamed suffixes (ICS for CCG), not for another code.
        if (best != null && bestDistance <= Math.max(1, Math.min(text.length(), best.length()) / 3)) {
            return Optional.of(best);
        }
        return byWords(lower, known);
    }

    /** The candidate sharing the most words of three letters or more, when it shares two, or one of five or more. */
    private static Optional<String> byWords(String lower, Collection<String> known) {
        Set<String> words = words(lower);
        String best = null;
        int bestShared = 0;
        for (String candidate : known) {
            Set<String> shared = words(candidate.toLowerCase(Locale.ROOT));
            shared.retainAll(words);
            boolean enough = shared.size() >= 2 || shared.stream().anyMatch(w -> w.length() >= 5);
            if (enough && shared.size() > bestShared) {
                best = candidate;
                bestShared = shared.size();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.split("[-_.|/ ]+")));
        words.removeIf(w -> w.length() < 3);
        return words;
    }
}
