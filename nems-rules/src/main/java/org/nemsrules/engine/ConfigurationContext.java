package org.nemsrules.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link ConfigurationRule} judges: the supplier's configuration at an instant, with what several rules read
 * from it (the endpoint certificates, each read, parsed and validated) computed once a run rather than once a rule.
 * One context serves one run's configuration rules, one after the other, on one thread.
 */
public final class ConfigurationContext {
    private final Configuration configuration;
    private final Instant now;
    private final Map<Key<?>, Object> computed = new HashMap<>();

    public ConfigurationContext(Configuration configuration, Instant now) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.now = Objects.requireNonNull(now, "now");
    }

    public Configuration configuration() {
        return configuration;
    }

    /** The instant to judge at: the run's judging instant when one was given, else the clock. */
    public Instant now() {
        return now;
    }

    /** What {@code key} computes from this context, computed the first time a rule asks. */
    public <T> T computed(Key<T> key) {
        Object value = computed.get(key);
        if (value == null) {
            value = Objects.requireNonNull(key.compute.apply(this), key.name);
            computed.put(key, value);
        }
        @SuppressWarnings("unchecked") // put only under its own key, by the line above
        T typed = (T) value;
        return typed;
    }

    /**
     * Names something computed from a configuration and how. Keys compare by identity: declare each one once, as a
     * constant.
     *
     * @param <T> what is computed
     */
    public static final class Key<T> {
        private final String name;
        private final Function<ConfigurationContext, T> compute;

        private Key(String name, Function<ConfigurationContext, T> compute) {
            this.name = Objects.requireNonNull(name, "name");
            this.compute = Objects.requireNonNull(compute, "compute");
        }

        public static <T> Key<T> of(String name, Function<ConfigurationContext, T> compute) {
            return new Key<>(name, compute);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
