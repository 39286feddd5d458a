package org.nemsrules.engine;

import java.util.List;

/**
 * Where the rules that come with NEMS Rules are listed, so that the engine names none of them: the library
 * registers its list ({@code org.nemsrules.rules.BuiltInRules}) in
 * {@code META-INF/services/org.nemsrules.engine.BuiltInRuleProvider}, and {@link RuleCatalog#builtInRules()} loads
 * it. A supplier's own rules are registered as {@link Rule}s instead (see {@link RuleCatalog#discover(ClassLoader)}).
 */
public interface BuiltInRuleProvider {
    /** New instances of the rules this provider contributes. */
    List<Rule> rules();

    /** The readers of the traits of the views this provider's families own (the requirement coverage matrix). */
    default List<TraitReader> traitReaders() {
        return List.of();
    }
}
