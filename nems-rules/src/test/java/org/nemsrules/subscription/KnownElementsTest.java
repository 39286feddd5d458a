package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.DecimalType;
import org.hl7.fhir.dstu3.model.IntegerType;
import org.junit.jupiter.api.Test;

/**
 * The table the default path reads Subscriptions by, held to HAPI's own STU3 definitions: every type's children in
 * the same order with the same XML positions, the same repetitions, and every child read directly a primitive
 * that FHIR JSON writes as a string or a composite of the type the table says.
 */
class KnownElementsTest {
    @Test
    void everyTypeAgreesWithHapisDefinition() {
        BaseRuntimeElementCompositeDefinition<?> subscription = Stu3.context().getResourceDefinition("Subscription");

        int types = compare(KnownElements.SUBSCRIPTION, subscription);

        assertEquals(5, types, "Subscription, its channel, Meta, ContactPoint and Coding are compared");
    }

    @Test
    void theDatatypesAreNamedAsHapiNamesThemAndTheSubscriptionAndItsChannelAreNot() {
        assertEquals(Optional.empty(), KnownElements.SUBSCRIPTION.name());
        assertEquals(Optional.empty(), KnownElements.CHANNEL.name());
        assertEquals(Optional.of("Meta"), KnownElements.META.name());
        assertEquals(Optional.of("ContactPoint"), KnownElements.CONTACT_POINT.name());
        assertEquals(Optional.of("Coding"), KnownElements.CODING.name());
    }

    @Test
    void whatARequestRarelyHoldsIsLeftToHapi() {
        for (String name : Set.of("text", "contained", "extension", "modifierExtension", "language")) {
            assertTrue(KnownElements.SUBSCRIPTION.readable(name).isEmpty(), name);
        }
        assertTrue(KnownElements.CONTACT_POINT.readable("rank").isEmpty());
        assertTrue(KnownElements.META.readable("security").isEmpty());
        assertTrue(KnownElements.SUBSCRIPTION.readable("criteria").isPresent());
        assertTrue(KnownElements.SUBSCRIPTION.readable("Criteria").isEmpty(), "names are case-sensitive");
    }

    /** Compares a type and, through its composite children, the types below it; returns how many were compared. */
    private static int compare(KnownElements.Type known, BaseRuntimeElementCompositeDefinition<?> hapi) {
        assertEquals(ElementOrder.children(hapi), known.order(), "the order of " + hapi.getName());
        assertEquals(hapi.getChildren().size(), known.children().size(), "the children of " + hapi.getName());
        known.name().ifPresent(name -> assertEquals(hapi.getName(), name));
        int compared = 1;
        for (KnownElements.Child child : known.children()) {
            BaseRuntimeChildDefinition definition = hapi.getChildByName(child.name());
            assertNotNull(definition, hapi.getName() + "." + child.name());
            assertEquals(definition.getMax() != 1, child.repeats(), "whether " + child.name() + " repeats");
            switch (child.kind()) {
                case PRIMITIVE -> {
                    BaseRuntimeElementDefinition<?> type = definition.getChildByName(child.name());
                    assertTrue(
                            type.getChildType() == ChildTypeEnum.PRIMITIVE_DATATYPE
                                    || type.getChildType() == ChildTypeEnum.ID_DATATYPE,
                            child.name() + " is a primitive");
                    Class<?> kind = type.getImplementingClass();
                    assertTrue(
                            !IntegerType.class.isAssignableFrom(kind)
                                    && !DecimalType.class.isAssignableFrom(kind)
                                    && !BooleanType.class.isAssignableFrom(kind),
                            child.name() + " is written as a string in JSON");
                }
                case COMPOSITE ->
                    compared += compare(child.type().orElseThrow(), (BaseRuntimeElementCompositeDefinition<?>)
                            definition.getChildByName(child.name()));
                case LEFT_TO_HAPI -> {
                    // Known to STU3 (the definition exists, above), read by HAPI's parser.
                }
            }
        }
        return compared;
    }
}
