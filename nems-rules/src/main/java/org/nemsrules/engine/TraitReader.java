package org.nemsrules.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the {@link Trait}s of one request from its parsed views, after the rules have run (so each view is already
 * built). A family that owns a view contributes the reader of the traits that view holds, through its
 * {@link BuiltInRuleProvider}, so that the engine names no family.
 */
public interface TraitReader {
    /** Gives {@code out} the traits of the request in {@code context}; gives nothing for a view that cannot be read. */
    void read(RuleContext context, Consumer<Trait> out);

    /**
     * The values an assurance tester expects to see tried, listed in the report even when no request has them (each
     * explicit and generic subscription, each event code NEMS offers), so that "never exercised" shows as a zero.
     */
    default List<Trait> expected() {
        return List.of();
    }
}
