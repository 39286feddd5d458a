package org.nemsrules.subscription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where each element of a body starts, by FHIR element path. HAPI's model keeps no source
 * positions, so a cheap streaming pass over the body (StAX for XML, Jackson for JSON) records
 * them; rules then report at the element they judge, or at its nearest written ancestor when the
 * element is missing.
 *
 * <p>Paths are written {@code Subscription.contact[0].system}. Internally every segment carries an
 * index ({@code status} is {@code status[0]}), so a rule may ask for {@code Subscription.status} or
 * {@code Subscription.contact[0].value} without knowing which elements repeat.
 */
final class ElementLocations {
    /** Elements that repeat in a Subscription: their paths keep the index even when it is 0. */
    private static final Set<String> REPEATING = Set.of(
            "contact", "contained", "header", "tag", "extension", "modifierExtension", "profile", "security", "coding");

    /**
     * One element (or, in XML, one attribute other than {@code value}) as written.
     *
     * @param key    the path with every index, e.g. {@code Subscription[0].status[0]}
     * @param name   the element's name; for an XML attribute, {@code @name}
     * @param value  its primitive value as written ({@code value} attribute, JSON scalar), or {@code null}
     * @param line   1-based line in the body
     * @param column 1-based column in the body, or {@code null}
     */
    record Entry(String key, String name, String value, int line, Integer column) {
        /** The path as shown to users: {@code Subscription.contact[0].system}. */
        String path() {
            return display(key);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;

    private ElementLocations(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> map = new HashMap<>();
        for (Entry e : entries) {
            map.putIfAbsent(e.key(), e);
        }
        this.byKey = map;
    }

    static ElementLocations of(List<Entry> entries) {
        return new ElementLocations(entries);
    }

    /** Every element and attribute, in document order. */
    List<Entry> entries() {
        return entries;
    }

    /** The element at {@code path}, when it is written in the body. */
    Optional<Entry> at(String path) {
        return Optional.ofNullable(byKey.get(canonical(path)));
    }

    /** The element at {@code path}, or else its nearest ancestor that is written. */
    Optional<Entry> nearest(String path) {
        String key = canonical(path);
        while (true) {
            Entry e = byKey.get(key);
            if (e != null) {
                return Optional.of(e);
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            key = key.substring(0, dot);
        }
    }

    /** The first element, in document order, that matches and is not among {@code taken}. */
    Optional<Entry> first(Predicate<Entry> matches, Collection<Entry> taken) {
        return entries.stream()
                .filter(e -> !taken.contains(e) && matches.test(e))
                .findFirst();
    }

    /** {@code a.b[2].c} as {@code a[0].b[2].c[0]}. */
    static String canonical(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("\\.", -1)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(segment);
            if (!segment.endsWith("]")) {
                out.append("[0]");
            }
        }
        return out.toString();
    }

    /** A key as users read it: indices kept on repeating elements and on any second occurrence. */
    static String display(String key) {
        StringBuilder out = new StringBuilder();
        for (String segment : key.split("\\.", -1)) {
            if (out.length() > 0) {
                out.append('.');
            }
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            boolean first = bracket < 0 || segment.endsWith("[0]");
            out.append(first && !REPEATING.contains(name) ? name : segment);
        }
        return out.toString();
    }

    /** Collects entries in document order. */
    static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        void add(String key, String name, String value, int line, Integer column) {
            entries.add(new Entry(key, name, value, line, column));
        }

        ElementLocations build() {
            return new ElementLocations(entries);
        }
    }
}
