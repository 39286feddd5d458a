package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What HAPI's complaints become: each placed on the first element it can be about that no earlier complaint claimed,
 * and said in words that name the element, the value and what was expected.
 */
class CollectingErrorHandlerTest {
    private static final ElementLocations LOCATIONS = ElementLocations.of(List.of(
            entry("Subscription[0]", "Subscription", null, 1, 43),
            entry("Subscription[0].contained[0]", "contained", null, 2, 14),
            entry("Subscription[0].extension[0]", "extension", null, 3, 14),
            entry("Subscription[0].status[0]", "status", "bogus", 4, 28),
            entry("Subscription[0].status[1]", "status", "active", 5, 29),
            entry("Subscription[0].topic[0]", "topic", "r5", 6, 24),
            entry("Subscription[0].contact[0]", "contact", null, 7, 12),
            entry("Subscription[0].contact[0].@xyz", "@xyz", "1", 7, 12),
            entry("Subscription[0].contact[0].system[0]", "system", "web", 8, 25),
            entry("Subscription[0].channel[0]", "channel", null, 9, 12),
            entry("Subscription[0].channel[0].topic[0]", "topic", "r5", 10, 26)));

    private static ElementLocations.Entry entry(String key, String name, String value, int line, Integer column) {
        return new ElementLocations.Entry(key, name, value, line, column);
    }

    private static ParseProblem notStu3(String path, String message, int line, Integer column) {
        return new ParseProblem(ParseProblem.NOT_STU3, path, message, line, column);
    }

    private static CollectingErrorHandler handler() {
        return new CollectingErrorHandler(LOCATIONS);
    }

    @Test
    void anInvalidCodeIsPlacedOnTheElementWithThatValueAndSaysWhichCodesAreExpected() {
        CollectingErrorHandler errors = handler();

        errors.invalidValue(null, "web", "Unknown ContactPointSystem code 'web'");

        assertEquals(
                List.of(notStu3(
                        "Subscription.contact[0].system",
                        "Subscription.contact[0].system has the value 'web', which is not valid: Unknown "
                                + "ContactPointSystem code 'web'; expected one of phone, fax, email, pager, url, sms, "
                                + "other",
                        8,
                        25)),
                errors.problems());
    }

    @Test
    void anInvalidValueNoElementHoldsIsReportedWithoutAPlace() {
        CollectingErrorHandler errors = handler();

        errors.invalidValue(null, "next year", "Invalid date/time format: \"next year\"");
        errors.invalidValue(null, null, "No value");

        assertEquals(
                List.of(
                        notStu3(
                                "an element",
                                "an element has the value 'next year', which is not valid: Invalid date/time format: "
                                        + "\"next year\"",
                                0,
                                null),
                        notStu3(
                                "an element",
                                "an element has the value 'null', which is not valid: No value",
                                0,
                                null)),
                errors.problems());
    }

    @Test
    void aLongInvalidValueIsQuotedOnceAndShortenedAndAValueOfTheLimitIsQuotedWhole() {
        String limit = "x".repeat(200);
        String longer = "y".repeat(201);
        CollectingErrorHandler errors = handler();

        // HAPI's error here is the value itself: short enough to quote whole, and quoted whole.
        errors.invalidValue(null, limit, limit);
        errors.invalidValue(null, longer, "Invalid value '" + longer + "'");

        List<ParseProblem> problems = errors.problems();
        assertEquals(
                "an element has the value '" + limit + "', which is not valid: " + limit,
                problems.get(0).message());
        assertEquals(
                "an element has the value '" + "y".repeat(200) + "\u2026 (201 characters)', which is not valid: "
                        + "Invalid value '(the value)'",
                problems.get(1).message());
    }

    @Test
    void eachUnknownElementClaimsTheNextElementOfThatName() {
        CollectingErrorHandler errors = handler();

        errors.unknownElement(null, "topic");
        errors.unknownElement(null, "topic");
        errors.unknownElement(null, "foo");

        assertEquals(
                List.of(
                        notStu3("Subscription.topic", unknown("topic", "Subscription.topic"), 6, 24),
                        notStu3("Subscription.channel.topic", unknown("topic", "Subscription.channel.topic"), 10, 26),
                        notStu3("foo", unknown("foo", "foo"), 0, null)),
                errors.problems());
    }

    private static String unknown(String name, String path) {
        return "'" + name + "' (" + path + ") is not an element of a FHIR STU3 (3.0.1) Subscription at this place; "
                + "remove it or correct its name (element names are case-sensitive, and R4/R5 elements do not exist "
                + "in STU3)";
    }

    @Test
    void anUnknownAttributeIsPlacedOnItsElement() {
        CollectingErrorHandler errors = handler();

        errors.unknownAttribute(null, "xyz");
        errors.unknownAttribute(null, "abc");

        String rest = ") is not part of FHIR XML here; a primitive element holds its value in a 'value' attribute, "
                + "and only 'id' (and 'url' on an extension) may appear besides it";
        assertEquals(
                List.of(
                        notStu3(
                                "Subscription.contact[0].@xyz",
                                "the XML attribute 'xyz' (Subscription.contact[0].@xyz" + rest,
                                7,
                                12),
                        notStu3("@abc", "the XML attribute 'abc' (@abc" + rest, 0, null)),
                errors.problems());
    }

    @Test
    void aRepeatedSingleElementIsPlacedOnItsSecondOccurrence() {
        CollectingErrorHandler errors = handler();

        errors.unexpectedRepeatingElement(null, "status");
        errors.unexpectedRepeatingElement(null, "status");

        assertEquals(
                List.of(
                        notStu3(
                                "Subscription.status[1]",
                                "'status' appears more than once (Subscription.status[1]); it may occur at most once",
                                5,
                                29),
                        notStu3(
                                "status",
                                "'status' appears more than once (status); it may occur at most once",
                                0,
                                null)),
                errors.problems());
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "SCALAR, STRING, a string",
                "SCALAR, NUMBER, a number",
                "SCALAR, BOOLEAN, a boolean",
                "SCALAR, none, a single value",
                "ARRAY, none, an array",
                "OBJECT, none, an object",
                "NULL, none, null",
                "none, STRING, a value of another type",
            })
    void aJsonValueOfTheWrongTypeSaysWhatWasFoundAndWhatWasExpected(ValueType found, ScalarType scalar, String words) {
        CollectingErrorHandler errors = handler();

        errors.incorrectJsonType(null, "status", ValueType.SCALAR, ScalarType.STRING, found, scalar);
        errors.incorrectJsonType(null, "status", null, null, found, scalar);

        assertEquals(
                List.of(
                        notStu3(
                                "Subscription.status",
                                "Subscription.status is " + words + " in the JSON; expected a string",
                                4,
                                28),
                        notStu3(
                                "Subscription.status[1]",
                                "Subscription.status[1] is " + words + " in the JSON; expected a value of another type",
                                5,
                                29)),
                errors.problems());
    }

    @Test
    void whatHapiSaysOfTheWholeResourceIsReportedOnTheBody() {
        CollectingErrorHandler errors = handler();

        errors.missingRequiredElement(null, "status");
        errors.unknownReference(null, "#p1");
        errors.invalidInternalReference(null, "#p2");

        assertEquals(
                List.of(
                        notStu3("body", "a required element 'status' is missing", 0, null),
                        notStu3("body", "the reference '#p1' points at nothing in the resource", 0, null),
                        notStu3("body", "the internal reference '#p2' points at no contained resource", 0, null)),
                errors.problems());
    }

    @Test
    void aContainedResourceWithoutIdAndAnExtensionWithValueAndExtensionsArePlacedOnTheirElements() {
        CollectingErrorHandler errors = handler();

        errors.containedResourceWithNoId(null);
        errors.extensionContainsValueAndNestedExtensions(null);
        errors.containedResourceWithNoId(null);
        errors.extensionContainsValueAndNestedExtensions(null);

        String noId = "a contained resource has no id; a contained resource needs one so that it can be referenced";
        String both = "an extension has both a value and nested extensions; it may have one or the other";
        assertEquals(
                List.of(
                        notStu3("Subscription.contained", noId, 2, 14),
                        notStu3("extension", both, 3, 14),
                        notStu3("Subscription.contained", noId, 0, null),
                        notStu3("extension", both, 0, null)),
                errors.problems());
    }

    @Test
    void besideTheShapeChecksFindingsHapisTypeComplaintsAndComplaintsInsideAWrongShapedValueGiveWay() {
        CollectingErrorHandler errors = handler();
        errors.incorrectJsonType(null, "topic", ValueType.SCALAR, ScalarType.STRING, ValueType.OBJECT, null);
        errors.unknownElement(null, "topic");
        errors.invalidValue(null, "bogus", "Unknown SubscriptionStatus code 'bogus'");
        errors.unknownElement(null, "foo");
        ParseProblem foo = errors.problems().get(3);
        JsonShapeCheck.Result shape = new JsonShapeCheck.Result(
                List.of(notStu3("Subscription.channel", "Subscription.channel is an array", 9, 12)),
                Set.of("Subscription.channel"),
                Set.of("bogus"));

        assertEquals(4, errors.problems().size(), () -> errors.problems().toString());
        assertEquals(List.of(foo), errors.problemsBeside(shape));
        assertEquals(
                errors.problems().subList(1, 4),
                errors.problemsBeside(new JsonShapeCheck.Result(List.of(), Set.of(), Set.of())),
                "only HAPI's type complaint gives way to a shape check that found nothing");
    }
}
