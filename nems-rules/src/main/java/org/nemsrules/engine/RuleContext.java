package org.nemsrules.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;

/**
 * Everything a rule may look at for one interaction, with each parsed view built at most once
 * and only when asked for. A context belongs to one interaction on one thread; the validator
 * makes a new one for every interaction, so the cache needs no locking.
 */
public final class RuleContext {
    private final Interaction interaction;
    private final Optional<Instant> judgingInstant;
    private final boolean deepValidation;
    private final Optional<Configuration> configuration;
    private final Map<ViewKey<?>, View<?>> views = new HashMap<>();
    private @Nullable InteractionClassification classification;
    private boolean deepValidated;

    public RuleContext(Interaction interaction) {
        this(interaction, Optional.empty());
    }

    public RuleContext(Interaction interaction, Optional<Instant> judgingInstant) {
        this(interaction, judgingInstant, false);
    }

    public RuleContext(Interaction interaction, Optional<Instant> judgingInstant, boolean deepValidation) {
        this(interaction, judgingInstant, deepValidation, Optional.empty());
    }

    public RuleContext(
            Interaction interaction,
            Optional<Instant> judgingInstant,
            boolean deepValidation,
            Optional<Configuration> configuration) {
        this.interaction = interaction;
        this.judgingInstant = judgingInstant;
        this.deepValidation = deepValidation;
        this.configuration = configuration;
    }

    /**
     * The supplier's configuration (its systems, mailboxes and environments), when the user gave one.
     * Rules that need it are silent without it.
     */
    public Optional<Configuration> configuration() {
        return configuration;
    }

    /**
     * Whether the user asked for deep validation: full FHIR instance validation of the Subscription
     * against the profile, which costs seconds to start and is therefore off unless asked for.
     */
    public boolean deepValidation() {
        return deepValidation;
    }

    /**
     * Says that the deep validator judged this interaction's Subscription, so that the run can say on how many it ran
     * (a run that asked for deep validation and says nothing of it could have skipped it in silence).
     */
    public void markDeepValidated() {
        deepValidated = true;
    }

    /** Whether {@link #markDeepValidated()} was called. */
    boolean deepValidated() {
        return deepValidated;
    }

    /**
     * The instant time rules judge against (token expiry, subscription end), when the user gave
     * one. Static analysis does not read the clock: a recording judged today and next week must
     * give the same findings.
     */
    public Optional<Instant> judgingInstant() {
        return judgingInstant;
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
            cached = key.parse(this);
            views.put(key, cached);
        }
        return (View<T>) cached;
    }
}
