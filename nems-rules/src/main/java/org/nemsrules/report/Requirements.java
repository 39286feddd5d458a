package org.nemsrules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The project's own catalogue of the checkable requirements of the NEMS Subscription API: one entry per id of the
 * requirements digest, in the digest's order, each with a short summary in our words, the interactions it concerns,
 * whether a recording alone can show it and what a recording must hold to exercise it. Rules cite these ids in
 * their metadata; a requirement coverage report pairs the two.
 *
 * <p>The facts live in {@code requirements.json} beside this class, so that a new requirement is a data change,
 * not a code change. The catalogue ships with the library, so a missing or unreadable file is a build defect and
 * fails loudly rather than giving an empty catalogue that would make every requirement look uncovered.
 *
 * <p>Contains public sector information licensed under the Open Government Licence v3.0.
 */
public final class Requirements {
    private static final String RESOURCE = "requirements.json";

    private Requirements() {}

    /** How a requirement can be judged. */
    public enum Kind {
        /** From the recording alone. */
        STATIC,
        /** Only with the supplier's configuration (their ASIDs, ODS codes, mailboxes, the NEMS ASID). */
        CONFIG,
        /** Not from any recording: at most a documentation note. */
        NOT_CHECKABLE;

        /** The kind spelt as the resource spells it: {@code static}, {@code config} or {@code not-checkable}. */
        static Optional<Kind> ofKey(String key) {
            return switch (key) {
                case "static" -> Optional.of(STATIC);
                case "config" -> Optional.of(CONFIG);
                case "not-checkable" -> Optional.of(NOT_CHECKABLE);
                default -> Optional.empty();
            };
        }
    }

    /**
     * One requirement of the catalogue.
     *
     * @param id           the digest's id, e.g. {@code R-JWT-06}
     * @param group        the digest section it belongs to, e.g. {@code JWT}
     * @param summary      one sentence saying what must hold
     * @param interactions those of {@code create}, {@code read} and {@code delete} it concerns
     * @param kind         how it can be judged
     * @param toExercise   what a recording must contain for the requirement to be checked at all
     * @param why          for a {@link Kind#NOT_CHECKABLE} requirement, why no recording can show it
     */
    public record Requirement(
            String id,
            String group,
            String summary,
            List<String> interactions,
            Kind kind,
            String toExercise,
            Optional<String> why) {
        public Requirement {
            interactions = List.copyOf(interactions);
        }
    }

    /** Every requirement, in the digest's order. */
    public static List<Requirement> all() {
        return Catalogue.ALL;
    }

    /** The requirement with exactly this id (ids are case-sensitive), or empty for an id the catalogue lacks. */
    public static Optional<Requirement> of(String id) {
        return Optional.ofNullable(Catalogue.BY_ID.get(id));
    }

    // A holder class, so the file is read once, on first use, and class initialisation stays thread-safe.
    private static final class Catalogue {
        static final List<Requirement> ALL = load();
        static final Map<String, Requirement> BY_ID = byId(ALL);
    }

    private static List<Requirement> load() {
        JsonNode root;
        try (InputStream in = Requirements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the requirements catalogue " + RESOURCE + " is missing from the "
                        + "class path beside " + Requirements.class.getName());
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the requirements catalogue " + RESOURCE + " is not valid JSON: " + oneLine(e.getMessage()), e);
        }
        JsonNode entries = root == null ? null : root.get("requirements");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw broken("it has no 'requirements' array");
        }
        List<Requirement> all = new ArrayList<>();
        for (JsonNode entry : entries) {
            all.add(requirement(entry, all.size()));
        }
        return List.copyOf(all);
    }

    private static Requirement requirement(JsonNode entry, int index) {
        String id = text(entry, "id", "entry " + index);
        String kindKey = text(entry, "kind", id);
        Kind kind = Kind.ofKey(kindKey).orElseThrow(() -> broken(id + " has the unknown kind '" + kindKey + "'"));
        JsonNode interactionsNode = entry.get("interactions");
        if (interactionsNode == null || !interactionsNode.isArray()) {
            throw broken(id + " has no 'interactions' array");
        }
        List<String> interactions = new ArrayList<>();
        for (JsonNode interaction : interactionsNode) {
            if (!interaction.isTextual()) {
                throw broken(id + " has an interaction that is not a string");
            }
            interactions.add(interaction.asText());
        }
        JsonNode why = entry.get("why");
        if (why != null && !why.isTextual()) {
            throw broken(id + " has a 'why' that is not a string");
        }
        return new Requirement(
                id,
                text(entry, "group", id),
                text(entry, "summary", id),
                interactions,
                kind,
                text(entry, "toExercise", id),
                Optional.ofNullable(why).map(JsonNode::asText));
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual()) {
            throw broken(where + " has no '" + field + "' string");
        }
        return value.asText();
    }

    private static Map<String, Requirement> byId(List<Requirement> all) {
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (Requirement requirement : all) {
            if (byId.putIfAbsent(requirement.id(), requirement) != null) {
                throw broken(requirement.id() + " is listed twice");
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    private static IllegalStateException broken(String detail) {
        return new IllegalStateException("the requirements catalogue " + RESOURCE + " is broken: " + detail);
    }

    // Jackson's messages quote the offending input over several lines, and a broken catalogue should read as one.
    private static String oneLine(@Nullable String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
