package org.nemsrules.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.Base;
import org.hl7.fhir.dstu3.model.IdType;
import org.hl7.fhir.dstu3.model.PrimitiveType;
import org.hl7.fhir.dstu3.model.Subscription;

/**
 * Reads a Subscription written only in {@link KnownElements} straight into HAPI's STU3 model, without HAPI's
 * parser and its {@code FhirContext}: that context's set-up was a third of a cold one-file run (docs/benchmarks.md).
 *
 * <p>It answers only where HAPI's strict parser would read the same resource without a complaint: every element
 * known and in its place, each value set through the model's own {@code setValueAsString} (the code lists, the
 * instant's syntax). Anything else (an element, attribute, namespace or shape it does not know, an empty element, a
 * value the model refuses or with space around it, text between tags) gives empty, and the body is read by HAPI's
 * parser as before, which reports what is wrong. {@code DirectSubscriptionReaderTest} holds it to HAPI on every
 * sample, seed and example body.
 */
final class DirectSubscriptionReader {
    /** FHIR's id datatype: what a resource id and a version may be. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private DirectSubscriptionReader() {}

    /** The Subscription of an XML body, from its scan, when it can be read without HAPI's parser. */
    static Optional<Subscription> fromXml(BodyScan scan) {
        return read(subscription -> fromXml(scan, subscription));
    }

    /** The Subscription of a JSON body, from its tree, when it can be read without HAPI's parser. */
    static Optional<Subscription> fromJson(JsonNode tree) {
        return read(subscription -> fromJson(tree, KnownElements.SUBSCRIPTION, subscription, true));
    }

    private static Optional<Subscription> read(Predicate<Subscription> fill) {
        try {
            Subscription subscription = new Subscription();
            return fill.test(subscription) && qualifyId(subscription) ? Optional.of(subscription) : Optional.empty();
        } catch (RuntimeException refused) {
            // The model refused a value (a code not in its list, an instant it cannot parse): HAPI's parser reports it.
            return Optional.empty();
        }
    }

    private static boolean fromXml(BodyScan scan, Subscription subscription) {
        if (!scan.plain() || !scan.problems().isEmpty()) {
            return false;
        }
        Map<String, Base> elements = new HashMap<>();
        Map<String, KnownElements.Type> types = new HashMap<>();
        Set<String> empty = new HashSet<>();
        // A scanned XML body always has its root element first.
        Iterator<ElementLocations.Entry> entries = scan.locations().entries().iterator();
        ElementLocations.Entry rootEntry = entries.next();
        if (rootEntry.value() != null) {
            return false; // a value attribute on the resource itself
        }
        String root = rootEntry.key();
        elements.put(root, subscription);
        types.put(root, KnownElements.SUBSCRIPTION);
        while (entries.hasNext()) {
            ElementLocations.Entry entry = entries.next();
            String key = entry.key();
            int dot = key.lastIndexOf('.');
            String parentKey = key.substring(0, dot);
            Base parent = elements.get(parentKey);
            if (parent == null || entry.name().startsWith("@")) {
                return false; // inside a primitive, or an attribute other than value
            }
            empty.remove(parentKey);
            Optional<KnownElements.Child> known = types.get(parentKey).readable(entry.name());
            if (known.isEmpty() || (!known.get().repeats() && !key.endsWith("[0]"))) {
                return false;
            }
            Base child = parent.makeProperty(entry.name().hashCode(), entry.name());
            if (known.get().kind() == KnownElements.Kind.PRIMITIVE) {
                if (!setValue(child, entry.value())) {
                    return false;
                }
            } else {
                if (entry.value() != null) {
                    return false;
                }
                elements.put(key, child);
                types.put(key, known.get().type().orElseThrow());
                empty.add(key);
            }
        }
        return empty.isEmpty();
    }

    private static boolean fromJson(JsonNode object, KnownElements.Type type, Base target, boolean root) {
        if (!object.isObject() || object.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (root && name.equals("resourceType")) {
                continue;
            }
            Optional<KnownElements.Child> known = type.readable(name);
            if (known.isEmpty()) {
                return false;
            }
            JsonNode value = field.getValue();
            if (known.get().repeats()) {
                if (!value.isArray() || value.isEmpty()) {
                    return false;
                }
                for (JsonNode item : value) {
                    if (!fromJsonValue(item, known.get(), target)) {
                        return false;
                    }
                }
            } else if (!fromJsonValue(value, known.get(), target)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fromJsonValue(JsonNode value, KnownElements.Child known, Base parent) {
        Base child = parent.makeProperty(known.name().hashCode(), known.name());
        if (known.kind() == KnownElements.Kind.PRIMITIVE) {
            return value.isTextual() && setValue(child, value.textValue());
        }
        return fromJson(value, known.type().orElseThrow(), child, false);
    }

    /**
     * Gives a resource id the form HAPI's parser gives it, {@code Subscription/<id>}, with {@code /_history/<version>}
     * when {@code meta.versionId} is written; false (HAPI's parser reads the body) for an id or version that is not a
     * plain FHIR id, where HAPI's own reading of it decides.
     */
    private static boolean qualifyId(Subscription subscription) {
        if (!subscription.hasIdElement()) {
            return true;
        }
        String id = subscription.getIdElement().getValue();
        String version = subscription.hasMeta() && subscription.getMeta().hasVersionId()
                ? subscription.getMeta().getVersionId()
                : null;
        if (!FHIR_ID.matcher(id).matches()
                || (version != null && !FHIR_ID.matcher(version).matches())) {
            return false;
        }
        subscription.setIdElement(new IdType("Subscription", id, version));
        return true;
    }

    /** Sets a primitive's value as HAPI's parser would, when it is one HAPI takes as written. */
    private static boolean setValue(Base element, String value) {
        if (value == null
                || value.isEmpty()
                || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))
                || !(element instanceof PrimitiveType<?> primitive)) {
            return false;
        }
        primitive.setValueAsString(value);
        return true;
    }
}
