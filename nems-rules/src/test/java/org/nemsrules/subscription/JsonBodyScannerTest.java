package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first pass over a JSON body: where it finds the resource and its elements. */
class JsonBodyScannerTest {
    @Test
    void theResourceIsPlacedWhereItsOpeningBraceIsNotOnTheBodysFirstLine() throws BodyScan.Unreadable {
        BodyScan scan = JsonBodyScanner.scan("\n\n  {\"resourceType\": \"Subscription\",\n   \"status\": \"off\"}");

        assertEquals("Subscription", scan.rootName());
        assertEquals(
                new ElementLocations.Entry("Subscription[0]", "Subscription", null, 3, 3),
                scan.locations().entries().get(0));
        assertEquals(
                new ElementLocations.Entry("Subscription[0].status[0]", "status", "off", 4, 4),
                scan.locations().entries().get(1));
    }
}
