package org.nemsrules.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One header field as it was sent or is to be sent: its name as written and its value. */
public record HeaderField(String name, String value) {
    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The value of the first field named {@code name} (names compare without case, as HTTP's do). */
    static Optional<String> first(List<HeaderField> fields, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return fields.stream()
                .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(lower))
                .map(HeaderField::value)
                .findFirst();
    }
}
