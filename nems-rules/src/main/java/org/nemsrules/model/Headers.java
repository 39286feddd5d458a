package org.nemsrules.model;

import java.util.ArrayList;
import java.util.Collections;
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
    /** The fields' names in lower case, index for index: rules ask for headers by name many times a request. */
    private final String[] lowerCaseNames;

    private Headers(List<Header> fields) {
        this.fields = List.copyOf(fields);
        this.lowerCaseNames =
                this.fields.stream().map(h -> h.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
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
        List<Header> named = new ArrayList<>(1);
        for (int i = 0; i < lowerCaseNames.length; i++) {
            if (lowerCaseNames[i].equals(wanted)) {
                named.add(fields.get(i));
            }
        }
        return Collections.unmodifiableList(named);
    }

    public Optional<Header> first(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lowerCaseNames.length; i++) {
            if (lowerCaseNames[i].equals(wanted)) {
                return Optional.of(fields.get(i));
            }
        }
        return Optional.empty();
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
