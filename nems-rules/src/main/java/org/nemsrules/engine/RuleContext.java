package org.nemsrules.engine;

import java.util.HashMap;
import java.util.Map;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;

/**
 * Everything a rule may look at for one interaction, with each parsed view built at most once
 * and only when asked for. A context belongs to one interaction on one thread; the validator
 * makes a new one for every interaction, so the cache needs no locking.
 */
public final class RuleContext {
    private final Interaction interaction;
    private final Map<ViewKey<?>, View<?>> views = new HashMap<>();
    private InteractionClassification classification;

    public RuleContext(Interaction interaction) {
        this.interaction = interaction;
    }

    public Interaction interaction() {
        return interaction;
    }

    /** Which interaction this is, from its method and target. */
    public InteractionClassification classification() {
        if (classification == null) {
            classification = InteractionClassification.of(interaction);
        }
        return classification;
    }

    /** The view for {@code key}, parsed on first use and cached for the rest of this interaction. */
    @SuppressWarnings("unchecked")
    public <T> View<T> view(ViewKey<T> key) {
        View<?> cached = views.get(key);
        if (cached == null) {
            cached = key.parse(interaction);
            views.put(key, cached);
        }
        return (View<T>) cached;
    }
}
