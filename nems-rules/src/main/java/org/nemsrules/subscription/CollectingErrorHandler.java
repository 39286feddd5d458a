package org.nemsrules.subscription;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nemsrules.engine.Echo;

/**
 * HAPI's strict error handling, but collecting every problem instead of throwing at the first, so
 * one run reports every unknown element and bad code. HAPI tells only the element's name (its
 * parse location is usually empty), so each problem is placed on the first element of that name,
 * or with that value, not yet claimed by an earlier problem.
 */
final class CollectingErrorHandler implements IParserErrorHandler {
    /** The codes of the required bindings of a Subscription, for messages that say what was expected. */
    private static final Map<String, String> CODES = Map.of(
            "Subscription.status", "requested, active, error, off",
            "Subscription.contact.system", "phone, fax, email, pager, url, sms, other",
            "Subscription.contact.use", "home, work, temp, old, mobile",
            "Subscription.channel.type", "rest-hook, websocket, email, sms, message");

    private final ElementLocations locations;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final List<ParseProblem> jsonTypes = new ArrayList<>();
    private final Map<ParseProblem, String> subjects = new HashMap<>();
    private final Set<ElementLocations.Entry> taken = new HashSet<>();

    CollectingErrorHandler(ElementLocations locations) {
        this.locations = locations;
    }

    List<ParseProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The problems that are not about JSON values {@link JsonShapeCheck} found of the wrong shape:
     * HAPI's own type complaints, and its complaints about what it found inside such a value (an
     * object where a code belongs holds an "unknown" element; a boolean where a code belongs is an
     * "invalid" code), which would report one fault twice.
     */
    List<ParseProblem> problemsBeside(JsonShapeCheck.Result shape) {
        return problems.stream()
                .filter(p -> !jsonTypes.contains(p))
                .filter(p -> !shape.covers(p.path(), subjects.get(p)))
                .toList();
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        Optional<ElementLocations.Entry> at = claim(e -> value != null && value.equals(e.value()));
        String path = at.map(ElementLocations.Entry::path).orElse("an element");
        String codes = CODES.get(path.replaceAll("\\[\\d+]", ""));
        // HAPI's error may quote the value too; a long value is quoted once.
        String said =
                value != null && value.length() > Echo.MAX_CHARACTERS ? error.replace(value, "(the value)") : error;
        add(
                at,
                path,
                Echo.of(path) + " has the value '" + Echo.of(value) + "', which is not valid: " + Echo.of(said)
                        + (codes == null ? "" : "; expected one of " + codes));
        subjects.put(problems.get(problems.size() - 1), value);
    }

    @Override
    public void unknownElement(IParseLocation location, String name) {
        Optional<ElementLocations.Entry> at = claim(e -> e.name().equals(name));
        String path = at.map(ElementLocations.Entry::path).orElse(name);
        add(
                at,
                path,
                "'" + Echo.of(name) + "' (" + Echo.of(path)
                        + ") is not an element of a FHIR STU3 (3.0.1) Subscription at this "
                        + "place; remove it or correct its name (element names are case-sensitive, and R4/R5 elements "
                        + "do not exist in STU3)");
        subjects.put(problems.get(problems.size() - 1), name);
    }

    @Override
    public void unknownAttribute(IParseLocation location, String name) {
        Optional<ElementLocations.Entry> at = claim(e -> e.name().equals("@" + name));
        String path = at.map(ElementLocations.Entry::path).orElse("@" + name);
        add(
                at,
                path,
                "the XML attribute '" + Echo.of(name) + "' (" + Echo.of(path)
                        + ") is not part of FHIR XML here; a primitive "
                        + "element holds its value in a 'value' attribute, and only 'id' (and 'url' on an extension) "
                        + "may appear besides it");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String name) {
        Optional<ElementLocations.Entry> at =
                claim(e -> e.name().equals(name) && !e.key().endsWith("[0]"));
        String path = at.map(ElementLocations.Entry::path).orElse(name);
        add(
                at,
                path,
                "'" + Echo.of(name) + "' appears more than once (" + Echo.of(path) + "); it may occur at most once");
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String name,
            ValueType expected,
            ScalarType expectedScalar,
            ValueType found,
            ScalarType foundScalar) {
        Optional<ElementLocations.Entry> at = claim(e -> e.name().equals(name));
        String path = at.map(ElementLocations.Entry::path).orElse(name);
        add(
                at,
                path,
                path + " is " + describe(found, foundScalar) + " in the JSON; expected "
                        + describe(expected, expectedScalar));
        jsonTypes.add(problems.get(problems.size() - 1));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String name) {
        add(Optional.empty(), "body", "a required element '" + Echo.of(name) + "' is missing");
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        add(
                claim(e -> e.name().equals("contained")),
                "Subscription.contained",
                "a contained resource has no id; a contained resource needs one so that it can be referenced");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        add(Optional.empty(), "body", "the reference '" + Echo.of(reference) + "' points at nothing in the resource");
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        add(
                Optional.empty(),
                "body",
                "the internal reference '" + Echo.of(reference) + "' points at no contained resource");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(
                claim(e -> e.name().equals("extension")),
                "extension",
                "an extension has both a value and nested extensions; it may have one or the other");
    }

    private Optional<ElementLocations.Entry> claim(Predicate<ElementLocations.Entry> matches) {
        Optional<ElementLocations.Entry> at = locations.first(matches, taken);
        at.ifPresent(taken::add);
        return at;
    }

    private void add(Optional<ElementLocations.Entry> at, String path, String message) {
        problems.add(new ParseProblem(
                ParseProblem.NOT_STU3,
                path,
                message,
                at.map(ElementLocations.Entry::line).orElse(0),
                at.map(ElementLocations.Entry::column).orElse(null)));
    }

    private static String describe(ValueType type, ScalarType scalar) {
        if (type == null) {
            return "a value of another type";
        }
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            case SCALAR ->
                scalar == null ? "a single value" : "a " + scalar.name().toLowerCase(Locale.ROOT);
        };
    }
}
