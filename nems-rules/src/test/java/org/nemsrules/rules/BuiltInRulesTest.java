package org.nemsrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;

class BuiltInRulesTest {
    @Test
    void theEngineFindsTheBuiltInListThroughItsServiceFile() {
        // RuleCatalog names no rule: it finds this list through META-INF/services, so a missing or misnamed
        // registration would leave every validator without its rules.
        assertEquals(ids(BuiltInRules.all()), ids(RuleCatalog.builtInRules()));
        assertEquals(
                ids(BuiltInRules.all()).stream().sorted().toList(),
                ids(RuleCatalog.builtIn().rules()));
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }
}
