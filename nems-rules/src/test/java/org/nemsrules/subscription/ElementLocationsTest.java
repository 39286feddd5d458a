package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElementLocationsTest {
    private static final ElementLocations.Entry ROOT =
            new ElementLocations.Entry("Subscription[0]", "Subscription", null, 1, 43);
    private static final ElementLocations.Entry STATUS =
            new ElementLocations.Entry("Subscription[0].status[0]", "status", "off", 2, 28);
    private static final ElementLocations.Entry SECOND_CONTACT =
            new ElementLocations.Entry("Subscription[0].contact[1]", "contact", null, 3, 12);

    @Test
    void entriesAreKeptInDocumentOrderAndFoundByTheirPathWithOrWithoutIndices() {
        ElementLocations locations = ElementLocations.of(List.of(ROOT, STATUS, SECOND_CONTACT));

        assertEquals(List.of(ROOT, STATUS, SECOND_CONTACT), locations.entries());
        assertEquals(Optional.of(STATUS), locations.at("Subscription.status"));
        assertEquals(Optional.of(SECOND_CONTACT), locations.at("Subscription.contact[1]"));
        assertEquals(Optional.empty(), locations.at("Subscription.contact"), "the first contact is not written");
    }
}
