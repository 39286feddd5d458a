package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON shapes FHIR JSON gives each element, checked where HAPI would coerce or skip them. */
class JsonShapeCheckTest {
    private static JsonShapeCheck.Result check(String json) throws BodyScan.Unreadable {
        return JsonShapeCheck.check(
                Stu3.context(),
                JsonBodyScanner.tree(json),
                JsonBodyScanner.scan(json).locations());
    }

    private static ParseProblem notStu3(String path, String message, int line, Integer column) {
        return new ParseProblem(ParseProblem.NOT_STU3, path, path + message, line, column);
    }

    @Test
    void aContainedResourceIsJudgedByTheDefinitionOfItsOwnType() throws BodyScan.Unreadable {
        String json = """
                {"resourceType": "Subscription",
                 "contained": [{"resourceType": "Provenance", "id": "p1",
                   "target": {"reference": "Subscription/x"}}],
                 "status": "requested"}
                """;

        JsonShapeCheck.Result shape = check(json);

        assertEquals(
                List.of(notStu3(
                        "Subscription.contained[0].target",
                        " is an object; expected an array (target may repeat, so FHIR JSON always writes it as an "
                                + "array, even for one value)",
                        3,
                        4)),
                shape.problems());
    }

    @Test
    void aContainedResourceOfAnUnknownTypeOrWithoutATypeIsLeftToHapi() throws BodyScan.Unreadable {
        String json = """
                {"resourceType": "Subscription",
                 "contained": [{"resourceType": "NoSuchType", "target": {"reference": "x"}},
                   {"resourceType": 5, "target": {"reference": "x"}}],
                 "status": "requested"}
                """;

        assertEquals(List.of(), check(json).problems());
    }

    @Test
    void aWrongShapedValueCoversItsPathAndEveryNameAndScalarWrittenInsideIt() throws BodyScan.Unreadable {
        String json = """
                {"resourceType": "Subscription",
                 "contact": [{"use": {"value": ["work", 1, {"rank": true}]}}],
                 "status": "requested"}
                """;

        JsonShapeCheck.Result shape = check(json);

        assertEquals(
                List.of(notStu3("Subscription.contact[0].use", " is an object; expected a string", 2, 15)),
                shape.problems());
        assertEquals(Set.of("Subscription.contact[0].use"), shape.paths());
        assertEquals(Set.of("value", "work", "1", "rank", "true"), shape.inside());
    }

    @Test
    void anArrayInsideARepeatingElementIsNotOneOfItsItems() throws BodyScan.Unreadable {
        String json = """
                {"resourceType": "Subscription",
                 "meta": {"profile": [["https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"]]},
                 "status": "requested"}
                """;

        assertEquals(
                List.of(notStu3("Subscription.meta.profile[0]", " is an array; expected a string", 2, 24)),
                check(json).problems());
    }
}
