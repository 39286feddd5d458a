package org.nemsrules.engine;

import java.util.Objects;

/**
 * A fact about one request that the requirement coverage report tallies for assurance testers: which interaction it
 * is, in which format, with which media types, what it subscribes to, with or without a requesting user. Traits
 * describe what a recording exercises, whatever the rules make of it; a trait is only what could be read (a request
 * whose token cannot be read has no {@link Dimension#REQUESTING_USER} trait).
 *
 * @param dimension what the fact is about
 * @param value     the fact, as the report shows it (a recorded media type as written, an event code)
 */
public record Trait(Dimension dimension, String value) {
    /** Values quoted from a recording are cut to this length: a trait names a value, it does not copy a header. */
    public static final int MAX_VALUE_LENGTH = 100;

    /** What a trait is about, in the order the report shows them. */
    public enum Dimension {
        /** {@code create}, {@code read}, {@code delete}, {@code resource} (a bare resource file) or {@code unsupported}. */
        INTERACTION("interaction"),
        /** {@code XML} or {@code JSON}: the body a create sends, or the answer a read or delete asks for. */
        FORMAT("format"),
        /** Each {@code Content-Type} value sent, as written. */
        CONTENT_TYPE("Content-Type"),
        /** Each media range of the {@code Accept} headers sent, as written. */
        ACCEPT("Accept"),
        /** {@code explicit} or {@code generic} (R-CRIT-10), or what else the criteria are. */
        SUBSCRIPTION("subscription"),
        /** Each {@code MessageHeader.event} code subscribed to. */
        EVENT("event"),
        /** Whether the JWT carries a {@code requesting_user} claim: {@code with} or {@code without}. */
        REQUESTING_USER("requesting_user");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        /** The name reports give the dimension. */
        public String label() {
            return label;
        }
    }

    public Trait {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }

    /** A trait whose value is quoted from a recording: stripped, and cut to {@link #MAX_VALUE_LENGTH}. */
    public static Trait quoted(Dimension dimension, String recorded) {
        String value = recorded.strip();
        return new Trait(
                dimension, value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) + "..." : value);
    }
}
