package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of each definition's children, taken from HAPI's STU3 definitions, as FHIR XML writes them. */
class ElementOrderTest {
    private static ElementOrder.Children of(String type) {
        return ElementOrder.children(
                (BaseRuntimeElementCompositeDefinition<?>) Stu3.context().getElementDefinition(type));
    }

    @Test
    void aResourcesIdIsItsFirstElement() {
        ElementOrder.Children subscription =
                ElementOrder.children(Stu3.context().getResourceDefinition("Subscription"));

        assertEquals(
                List.of(
                        "id",
                        "meta",
                        "implicitRules",
                        "language",
                        "text",
                        "contained",
                        "extension",
                        "modifierExtension",
                        "status",
                        "contact",
                        "end",
                        "reason",
                        "criteria",
                        "error",
                        "channel",
                        "tag"),
                subscription.shown());
        assertEquals(0, subscription.index().get("id"));
        assertEquals(15, subscription.index().get("tag"));
    }

    @Test
    void aDatatypesIdIsAnAttributeSoNeitherShownNorOrdered() {
        ElementOrder.Children contactPoint = of("ContactPoint");

        assertEquals(List.of("extension", "system", "value", "use", "rank", "period"), contactPoint.shown());
        assertEquals(
                Map.of("extension", 1, "system", 2, "value", 3, "use", 4, "rank", 5, "period", 6),
                contactPoint.index());
    }

    @Test
    void anExtensionsUrlIsAnAttributeAndItsValueAChoiceWrittenUnderEveryTypesName() {
        ElementOrder.Children extension = of("Extension");

        assertEquals(List.of("extension", "value[x]"), extension.shown());
        assertFalse(extension.index().containsKey("url"));
        assertFalse(extension.index().containsKey("id"));
        assertEquals(extension.index().get("valueString"), extension.index().get("valueBoolean"));
        assertTrue(extension.index().get("extension") < extension.index().get("valueString"));
    }

    @Test
    void aUrlIsAnElementOfAnyTypeButExtension() {
        ElementOrder.Children attachment = of("Attachment");

        assertEquals(
                List.of("extension", "contentType", "language", "data", "url", "size", "hash", "title", "creation"),
                attachment.shown());
        assertTrue(attachment.index().get("data") < attachment.index().get("url"));
        assertTrue(attachment.index().get("url") < attachment.index().get("size"));
    }
}
