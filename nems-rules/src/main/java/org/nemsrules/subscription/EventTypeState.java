package org.nemsrules.subscription;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an event type stands for new subscriptions (R-CRIT-04, R-CRIT-12). Only {@link #SUPPORTED}
 * and {@link #DEPRECATED} events are accepted on create; a deprecated one is accepted with an
 * informational {@code DEPRECATED} issue in the response.
 */
public enum EventTypeState {
    /** One of the events NEMS offers for subscription. */
    SUPPORTED("supported", "supported for subscription", null),
    /** Accepted (201) with a {@code DEPRECATED} warning. */
    DEPRECATED("deprecated", "deprecated", "DEPRECATED"),
    /** New subscriptions are rejected with {@code NO_LONGER_SUPPORTED}. */
    NO_LONGER_SUPPORTED("no-longer-supported", "no longer supported", "NO_LONGER_SUPPORTED"),
    /** New subscriptions are rejected with {@code WITHDRAWN}. */
    WITHDRAWN("withdrawn", "withdrawn", "WITHDRAWN"),
    /** In the EventType-1 code system, but never offered for subscription (e.g. child health record sections). */
    NOT_OFFERED("not-offered", "known but not offered for subscription", null);

    private final String key;
    private final String words;
    private final String spineCode;

    EventTypeState(String key, String words, String spineCode) {
        this.key = key;
        this.words = words;
        this.spineCode = spineCode;
    }

    /** The name used in the data file, e.g. {@code no-longer-supported}. */
    public String key() {
        return key;
    }

    /** The state in words, for messages. */
    public String words() {
        return words;
    }

    /** The Spine code NEMS answers with for this state (SECS), when it has one. */
    public Optional<String> spineCode() {
        return Optional.ofNullable(spineCode);
    }

    /** Whether NEMS accepts a new subscription to an event in this state. */
    public boolean isSubscribable() {
        return this == SUPPORTED || this == DEPRECATED;
    }

    static EventTypeState ofKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type state '" + key + "'"));
    }
}
