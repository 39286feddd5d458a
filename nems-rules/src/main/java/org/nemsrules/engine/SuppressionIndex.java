package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.model.Suppression;

/**
 * The inline suppressions of one request by the selector they name, so that finding those that cover a finding
 * costs the same for five suppressions as for 200,000: a hostile recording can write that many above one request,
 * and every finding of the request is matched against them.
 */
final class SuppressionIndex {
    private final Map<String, List<Suppression>> bySelector = new HashMap<>();

    SuppressionIndex(List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            bySelector.computeIfAbsent(s.selector(), k -> new ArrayList<>(1)).add(s);
        }
    }

    /**
     * Every suppression that covers {@code ruleId}: those naming the rule, and those naming a category it is in,
     * which for {@code jwt.scope-value} can only be {@code jwt.*} (a category selector covers the ids that start with
     * it up to and including a dot).
     */
    List<Suppression> covering(String ruleId) {
        List<Suppression> covering = new ArrayList<>(bySelector.getOrDefault(ruleId, List.of()));
        for (int dot = ruleId.indexOf('.'); dot >= 0; dot = ruleId.indexOf('.', dot + 1)) {
            covering.addAll(bySelector.getOrDefault(ruleId.substring(0, dot + 1) + "*", List.of()));
        }
        covering.removeIf(s -> !s.covers(ruleId));
        return covering;
    }
}
