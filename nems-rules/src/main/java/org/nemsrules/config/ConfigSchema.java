package org.nemsrules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nemsrules.engine.EditDistance;

/**
 * The JSON Schema (draft 2020-12) of {@code nems-rules.yaml}, shipped in the jar, and the turning of
 * its violations into one-line errors a supplier can act on: the property path in the form
 * {@code systems[1].asid}, the line it is written on, and the schema's own {@code x-error} message
 * where it has one (networknt's generic messages name regular expressions, not ASIDs).
 */
public final class ConfigSchema {
    /** Where the schema is in the jar. */
    public static final String RESOURCE = "org/nemsrules/config/nems-rules.schema.json";

    static final String ID = "https://nemsrules.org/schema/nems-rules.schema.json";
    private static final String ID_PREFIX = "https://nemsrules.org/schema/";
    private static final String CUSTOM_MESSAGE = "x-error";

    private static final JsonNode TREE = readTree();
    // Nothing is fetched: the schema's $id is mapped to the copy in the jar.
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:org/nemsrules/config/")))
            .getSchema(SchemaLocation.of(ID), SchemaValidatorsConfig.builder().build());

    private ConfigSchema() {}

    /** One-line errors for every violation in {@code document}, in file order; empty when it is valid. */
    static List<String> violations(String file, JsonNode document, SourceLines lines) {
        Optional<String> foreign = notAConfiguration(document);
        if (foreign.isPresent()) {
            return List.of(file + ":1: (root): " + foreign.get());
        }
        record Located(int line, String path, String text) {}
        List<Located> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(document)) {
            List<Object> instance = elements(m.getInstanceLocation());
            String type = m.getType();
            String message;
            if ("additionalProperties".equals(type) || "unevaluatedProperties".equals(type)) {
                instance.add(m.getProperty());
                message = unknownProperty(m.getProperty(), allowedNames(m));
            } else if ("propertyNames".equals(type)) {
                instance.add(m.getProperty());
                message = customMessage(resolved(
                                TREE.at(pointer(elements(m.getSchemaLocation().getFragment())))))
                        .orElseGet(() -> generic(m));
            } else if ("required".equals(type)) {
                instance.add(m.getProperty());
                message = "is required but missing";
            } else {
                message = customMessage(m).orElseGet(() -> generic(m));
            }
            String path = dotted(instance);
            String pointer = pointer(instance);
            int line = lines.line(pointer);
            if (seen.add(path + "\u0000" + message)) {
                found.add(new Located(line, path, message));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Located::line).thenComparing(Located::path))
                .map(l -> file + ":" + l.line() + ": " + l.path() + ": " + l.text())
                .toList();
    }

    /**
     * A mapping of several top-level keys none of which is, or is close to, a property of the file: some other file named by
     * mistake, such as {@code --config /etc/shadow}, whose lines YAML reads as keys. One line that quotes nothing,
     * rather than one "unknown property" a line, each quoting the line.
     */
    private static Optional<String> notAConfiguration(JsonNode document) {
        if (!document.isObject() || document.size() < 2) {
            // One unknown key is a mistake worth naming where it is ("colour: unknown property ..."), quoted short.
            return Optional.empty();
        }
        List<String> known = new ArrayList<>();
        TREE.path("properties").fieldNames().forEachRemaining(known::add);
        Iterator<String> keys = document.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (known.contains(key) || nearest(key, known).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of("is not a NEMS Rules configuration: none of its " + document.size() + " top-level keys is "
                + "one of " + String.join(", ", known)
                + " (see docs/configuration.md)");
    }

    /** The allowed name {@code name} is a near miss of, if any. */
    private static Optional<String> nearest(String name, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = EditDistance.between(
                    name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static String unknownProperty(String name, List<String> allowed) {
        Optional<String> best = nearest(name, allowed);
        if (best.isPresent()) {
            return "unknown property '" + SourceQuote.of(name) + "'; did you mean '" + best.get() + "'?";
        }
        return "unknown property '" + SourceQuote.of(name) + "'"
                + (allowed.isEmpty() ? "" : "; expected one of " + String.join(", ", allowed));
    }

    /** The names the schema object holding the failed keyword declares under {@code properties}. */
    private static List<String> allowedNames(ValidationMessage m) {
        JsonNode properties = schemaObject(m).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static java.util.Optional<String> customMessage(ValidationMessage m) {
        return customMessage(schemaObject(m));
    }

    private static java.util.Optional<String> customMessage(JsonNode schemaObject) {
        JsonNode custom = schemaObject.path(CUSTOM_MESSAGE);
        return custom.isTextual() ? java.util.Optional.of(custom.asText()) : java.util.Optional.empty();
    }

    /** networknt's message without the instance path it starts with (the error's own path names it). */
    private static String generic(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        boolean startsWithPath = text.startsWith("$") || text.startsWith("/") || text.startsWith(":");
        return colon >= 0 && startsWithPath ? text.substring(colon + 2) : text;
    }

    /** The schema a local {@code $ref} points to, or the node itself. */
    private static JsonNode resolved(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#")
                ? TREE.at(ref.asText().substring(1))
                : schema;
    }

    /** The schema object whose keyword failed, found in our copy of the schema by the keyword's location. */
    private static JsonNode schemaObject(ValidationMessage m) {
        List<Object> keyword = elements(m.getSchemaLocation().getFragment());
        if (keyword.isEmpty()) {
            return TREE;
        }
        return TREE.at(pointer(keyword.subList(0, keyword.size() - 1)));
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private static String pointer(List<Object> elements) {
        StringBuilder b = new StringBuilder();
        for (Object e : elements) {
            b.append('/').append(SourceLines.escape(String.valueOf(e)));
        }
        return b.toString();
    }

    /** {@code systems[1].asid}; the document itself is {@code (root)}. */
    static String dotted(List<Object> elements) {
        StringBuilder b = new StringBuilder();
        for (Object e : elements) {
            if (e instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(SourceQuote.of(String.valueOf(e)));
            }
        }
        return b.length() == 0 ? "(root)" : b.toString();
    }

    /** The schema text as shipped, for publishing and for the test that keeps docs/ in step. */
    public static String text() {
        try (InputStream in = ConfigSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree() {
        try {
            return new ObjectMapper().readTree(text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
