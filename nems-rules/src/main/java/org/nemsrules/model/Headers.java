package org.nemsrules.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header fields of a request in recorded order. Names compare case-insensitively
 * (R-HDR-09); values are kept exactly as written.
 */
public final class Headers {
    private static final Headers NONE = new Headers(List.of());

    private final List<Header> fields;

    private Headers(List<Header> fields) {
        this.fields = List.copyOf(fields);
    }

    public static Headers of(List<Header> fields) {
        return fields.isEmpty() ? NONE : new Headers(fields);
    }

    public static Headers none() {
        return NONE;
    }

    public List<Header> all() {
        return fields;
    }

    /** Every field with this name, in recorded order. */
    public List<Header> all(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return fields.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    public Optional<Header> first(String name) {
        return all(name).stream().findFirst();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
