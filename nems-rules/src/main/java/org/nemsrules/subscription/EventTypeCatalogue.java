package org.nemsrules.subscription;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nemsrules.engine.EditDistance;
import org.nemsrules.model.JsonTrees;

/**
 * The NEMS event types: every code of the EventType-1 code system with its display name and its
 * state for subscription (R-CRIT-04, R-CRIT-12). The facts live in one data file,
 * {@code event-types.json}, so that a code NEMS deprecates or withdraws is one line to change; a
 * configuration can also set a state per code with {@link #withState}. Immutable.
 */
public final class EventTypeCatalogue {
    public static final String SYSTEM = "https://fhir.nhs.uk/STU3/CodeSystem/EventType-1";
    private static final String RESOURCE = "event-types.json";

    private final Map<String, EventType> byCode;

    private EventTypeCatalogue(Map<String, EventType> byCode) {
        this.byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** The catalogue shipped with NEMS Rules. */
    public static EventTypeCatalogue standard() {
        return Standard.CATALOGUE;
    }

    /** Reads a catalogue in the form of {@code event-types.json}. */
    static EventTypeCatalogue read(InputStream json) throws IOException {
        JsonNode root = JsonTrees.read(new JsonFactory(), new String(json.readAllBytes(), StandardCharsets.UTF_8));
        Map<String, EventType> types = new LinkedHashMap<>();
        for (JsonNode node : root.path("eventTypes")) {
            String code = node.path("code").asText();
            EventType type = new EventType(
                    code,
                    node.path("display").asText(),
                    EventTypeState.ofKey(node.path("state").asText()),
                    Optional.ofNullable(node.get("maturity")).map(JsonNode::asText));
            if (types.putIfAbsent(code, type) != null) {
                throw new IllegalArgumentException("the event type '" + code + "' is listed twice");
            }
        }
        return new EventTypeCatalogue(types);
    }

    /** The event type with exactly this code (codes are case-sensitive). */
    public Optional<EventType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every event type, sorted by code. */
    public Collection<EventType> all() {
        return byCode.values();
    }

    /** The event types NEMS accepts new subscriptions to (supported or deprecated). */
    public List<EventType> subscribable() {
        return byCode.values().stream().filter(t -> t.state().isSubscribable()).toList();
    }

    /** This catalogue with one code's state changed, e.g. when NEMS announces a deprecation. */
    public EventTypeCatalogue withState(String code, EventTypeState state) {
        EventType type = find(code).orElseThrow(() -> new IllegalArgumentException("no event type '" + code + "'"));
        Map<String, EventType> changed = new LinkedHashMap<>(byCode);
        changed.put(code, type.withState(state));
        return new EventTypeCatalogue(changed);
    }

    /**
     * The subscribable code nearest to {@code typo}, for "did you mean" hints: the same code in
     * another letter case; else the one fewest edits away, if that is at most a third of its length;
     * else the one sharing the most words ({@code pds-person-death-1} shares "death" with
     * {@code pds-death-notification-1}). Empty for a code that is itself subscribable or resembles none.
     */
    public Optional<EventType> nearest(String typo) {
        if (find(typo).filter(t -> t.state().isSubscribable()).isPresent()) {
            return Optional.empty();
        }
        String lower = typo.toLowerCase(Locale.ROOT);
        Optional<EventType> sameLetters = subscribable().stream()
                .filter(t -> t.code().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
        if (sameLetters.isPresent()) {
            return sameLetters;
        }
        Optional<EventType> fewEdits = subscribable().stream()
                .map(t -> Map.entry(t, EditDistance.atMost(lower, t.code(), fewEditsFor(t))))
                .filter(e -> e.getValue() <= fewEditsFor(e.getKey()))
                .min(Comparator.comparingInt((Map.Entry<EventType, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().code()))
                .map(Map.Entry::getKey);
        if (fewEdits.isPresent()) {
            return fewEdits;
        }
        Set<String> words = words(lower);
        return subscribable().stream()
                .map(t -> Map.entry(t, (int)
                        words(t.code()).stream().filter(words::contains).count()))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt((Map.Entry<EventType, Integer> e) -> e.getValue())
                        .thenComparing(
                                e -> -EditDistance.between(lower, e.getKey().code())))
                .map(Map.Entry::getKey);
    }

    /** How many edits away a code may be to be suggested: a third of its length, and at least two. */
    private static int fewEditsFor(EventType type) {
        return Math.max(2, type.code().length() / 3);
    }

    /** The words of a code that tell events apart: not the "pds" prefix shared by five, not the version. */
    private static Set<String> words(String code) {
        return Arrays.stream(code.split("-"))
                .filter(w -> !w.equals("pds") && !w.chars().allMatch(Character::isDigit) && !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static final class Standard {
        static final EventTypeCatalogue CATALOGUE = load();

        private static EventTypeCatalogue load() {
            try (InputStream in = EventTypeCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the nems-rules jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + RESOURCE, e);
            }
        }
    }
}
