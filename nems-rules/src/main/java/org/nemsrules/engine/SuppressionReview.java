package org.nemsrules.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Suppression;

/**
 * What the validator learnt about one request's suppressions once every other rule had run: which of them
 * dropped a finding, and which rules exist and which ran, so the suppression rules can tell an unused
 * suppression from one naming a rule that does not exist or was not run.
 */
public final class SuppressionReview {
    private final Interaction interaction;
    private final Set<Suppression> used;
    private final Map<String, Optional<Severity>> severities;

    SuppressionReview(Interaction interaction, Set<Suppression> used, Map<String, Optional<Severity>> severities) {
        this.interaction = interaction;
        this.used = Set.copyOf(used);
        this.severities = severities;
    }

    public Interaction interaction() {
        return interaction;
    }

    public List<Suppression> suppressions() {
        return interaction.suppressions();
    }

    /** Whether the suppression dropped at least one finding. */
    public boolean used(Suppression suppression) {
        return used.contains(suppression);
    }

    /** Whether the selector names a rule of the catalog, or a category one of its rules belongs to. */
    public boolean known(String selector) {
        return ruleIds().anyMatch(selector(selector)::covers);
    }

    /** Whether a rule the selector names ran in this run (it may be turned off by configuration). */
    public boolean ran(String selector) {
        Suppression s = selector(selector);
        return severities.entrySet().stream().anyMatch(e -> e.getValue().isPresent() && s.covers(e.getKey()));
    }

    /** The rule id, or category selector when {@code selector} ends in {@code .*}, nearest to a mistyped one. */
    public Optional<String> nearest(String selector) {
        Stream<String> candidates = selector.endsWith(".*")
                ? ruleIds().map(id -> id.substring(0, id.indexOf('.')) + ".*").distinct()
                : ruleIds();
        return candidates.min(Comparator.comparingInt((String id) -> EditDistance.between(selector, id))
                .thenComparing(Comparator.naturalOrder()));
    }

    private Stream<String> ruleIds() {
        return severities.keySet().stream();
    }

    private static Suppression selector(String selector) {
        return new Suppression(selector, "", 0, "");
    }
}
