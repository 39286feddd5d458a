package org.nemsrules.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.nemsrules.engine.EditDistance;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;

/**
 * What {@code --enable} and {@code --disable} name: a rule id ({@code nhs-number.not-test-data}) or a whole
 * category ({@code nhs-number.*}, or just {@code nhs-number}), read against the rules this run knows. A name that
 * is neither is a usage error, not a silent no-op: a pre-commit hook that enables a misspelt rule would otherwise
 * pass every commit while its author believes the rule is on.
 */
record RuleSelector(String selector) {

    /** The selector the validator's builder understands, or the one-line reason the text names no rule. */
    static Result parse(String option, String text, RuleCatalog catalog) {
        String value = text.strip();
        List<RuleMetadata> rules = catalog.metadata();
        if (rules.stream().anyMatch(r -> r.id().equals(value))) {
            return Result.ok(new RuleSelector(value));
        }
        String category = value.endsWith(".*") ? value.substring(0, value.length() - 2) : value;
        if (rules.stream().anyMatch(r -> r.category().equals(category))) {
            return Result.ok(new RuleSelector(category + ".*"));
        }
        return Result.error(option + " '" + text + "' is not a rule id or category"
                + nearest(value, rules)
                        .map(n -> "; did you mean '" + n + "'?")
                        .orElse("; see nems-check --list-rules"));
    }

    /** The closest id or category, when it is close enough to be a typo rather than another name. */
    private static Optional<String> nearest(String text, List<RuleMetadata> rules) {
        TreeSet<String> known = new TreeSet<>();
        rules.forEach(r -> {
            known.add(r.id());
            known.add(r.category() + ".*");
        });
        String lower = text.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(k -> new Candidate(k, EditDistance.between(lower, k)))
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .filter(c -> c.distance() <= Math.max(2, c.name().length() / 4))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {}

    /** A selector, or the one-line reason there is none. */
    record Result(Optional<RuleSelector> selector, String error) {
        static Result ok(RuleSelector selector) {
            return new Result(Optional.of(selector), null);
        }

        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
