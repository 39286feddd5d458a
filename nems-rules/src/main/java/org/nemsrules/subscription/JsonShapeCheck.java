package org.nemsrules.subscription;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.DecimalType;
import org.hl7.fhir.dstu3.model.IntegerType;

/**
 * Checks that each element of a JSON body has the JSON shape FHIR JSON gives its type: an array
 * for an element that may repeat, a single value otherwise; a string, number or boolean for a
 * primitive, an object for anything else. HAPI's parser silently coerces some of these ("reason":
 * 5 becomes "5", a one-item array for a single element is unwrapped), so without this check they
 * would never be reported.
 */
final class JsonShapeCheck {
    private final FhirContext context;
    private final ElementLocations locations;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final Set<String> inside = new HashSet<>();

    /**
     * The shape problems, with what they cover: the paths of the wrong-shaped values, and the names
     * and scalar texts written inside them.
     */
    record Result(List<ParseProblem> problems, Set<String> paths, Set<String> inside) {
        boolean isEmpty() {
            return problems.isEmpty();
        }

        /** Whether a problem at {@code path} about {@code subject} is about a value this check already reported. */
        boolean covers(String path, String subject) {
            return paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["))
                    || (subject != null && inside.contains(subject));
        }
    }

    private JsonShapeCheck(FhirContext context, ElementLocations locations) {
        this.context = context;
        this.locations = locations;
    }

    /** The shape problems of {@code root}, a Subscription's JSON object, each located via {@code locations}. */
    static Result check(FhirContext context, JsonNode root, ElementLocations locations) {
        JsonShapeCheck check = new JsonShapeCheck(context, locations);
        check.object(root, context.getResourceDefinition("Subscription"), "Subscription[0]");
        return new Result(List.copyOf(check.problems), Set.copyOf(check.paths), Set.copyOf(check.inside));
    }

    private void object(JsonNode node, BaseRuntimeElementCompositeDefinition<?> definition, String key) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("resourceType") || name.startsWith("_") || name.equals("fhir_comments")) {
                continue;
            }
            BaseRuntimeChildDefinition child = definition.getChildByName(name);
            if (child == null) {
                continue; // unknown elements are HAPI's to report
            }
            BaseRuntimeElementDefinition<?> type = child.getChildByName(name);
            JsonNode value = field.getValue();
            String childKey = key + "." + name;
            boolean repeats = child.getMax() != 1;
            if (repeats && !value.isArray()) {
                add(
                        childKey + "[0]",
                        value,
                        " is " + describe(value) + "; expected an array (" + name + " may repeat, "
                                + "so FHIR JSON always writes it as an array, even for one value)");
                continue;
            }
            if (!repeats && value.isArray()) {
                add(
                        childKey + "[0]",
                        value,
                        " is an array; expected " + expected(type) + " (" + name + " occurs at most once)");
                continue;
            }
            if (repeats) {
                for (int i = 0; i < value.size(); i++) {
                    item(value.get(i), type, childKey + "[" + i + "]");
                }
            } else {
                item(value, type, childKey + "[0]");
            }
        }
    }

    private void item(JsonNode value, BaseRuntimeElementDefinition<?> type, String key) {
        if (type == null || value.isNull()) {
            return;
        }
        String expected = expected(type);
        boolean fits = switch (expected) {
            case "a string" -> value.isTextual();
            case "a number" -> value.isNumber();
            case "a boolean" -> value.isBoolean();
            default -> value.isObject();
        };
        if (!fits) {
            add(key, value, " is " + describe(value) + "; expected " + expected);
            return;
        }
        if (type instanceof BaseRuntimeElementCompositeDefinition<?> composite
                && type.getChildType() != BaseRuntimeElementDefinition.ChildTypeEnum.RESOURCE) {
            object(value, composite, key);
        } else if (value.path("resourceType").isTextual()) {
            // A contained resource: judged by its own definition, when HAPI knows the type.
            String resourceType = value.path("resourceType").asText();
            try {
                object(value, context.getResourceDefinition(resourceType), key);
            } catch (RuntimeException unknownType) {
                // An unknown resource type is HAPI's to report.
            }
        }
    }

    private void collect(JsonNode value) {
        if (value.isValueNode()) {
            inside.add(value.asText());
        }
        value.fieldNames().forEachRemaining(inside::add);
        value.elements().forEachRemaining(this::collect);
    }

    private static String expected(BaseRuntimeElementDefinition<?> type) {
        if (type == null) {
            return "a value";
        }
        return switch (type.getChildType()) {
            case PRIMITIVE_DATATYPE, ID_DATATYPE, PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG -> {
                Class<?> kind = type.getImplementingClass();
                if (IntegerType.class.isAssignableFrom(kind) || DecimalType.class.isAssignableFrom(kind)) {
                    yield "a number";
                }
                yield BooleanType.class.isAssignableFrom(kind) ? "a boolean" : "a string";
            }
            default -> "an object";
        };
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isNull() ? "null" : "an object";
    }

    private void add(String key, JsonNode value, String problem) {
        String path = ElementLocations.display(key);
        paths.add(path);
        collect(value);
        ElementLocations.Entry at = locations.nearest(key).orElse(null);
        problems.add(new ParseProblem(
                ParseProblem.NOT_STU3,
                path,
                path + problem,
                at == null ? 0 : at.line(),
                at == null ? null : at.column()));
    }
}
