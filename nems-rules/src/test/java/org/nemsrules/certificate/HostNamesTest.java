package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostNamesTest {
    @Test
    void namesAreComparedWithoutCaseOrTrailingDot() {
        assertTrue(HostNames.matches("NEMS.Supplier.Example", "nems.supplier.example"));
        assertTrue(HostNames.matches("nems.supplier.example.", "nems.supplier.example"));
        assertTrue(HostNames.matches("nems.supplier.example", "NEMS.SUPPLIER.EXAMPLE."));
        assertFalse(HostNames.matches("nems.supplier.example", "nems2.supplier.example"));
        assertFalse(HostNames.matches("supplier.example", "nems.supplier.example"));
    }

    @Test
    void aWildcardStandsForExactlyOneLeftmostLabel() {
        assertTrue(HostNames.matches("*.supplier.example", "nems.supplier.example"));
        assertTrue(HostNames.matches("*.SUPPLIER.example", "Nems.supplier.EXAMPLE"));
        assertFalse(HostNames.matches("*.supplier.example", "supplier.example"));
        assertFalse(HostNames.matches("*.supplier.example", "a.nems.supplier.example"));
        assertFalse(HostNames.matches("*.supplier.example", ".supplier.example"));
        assertFalse(HostNames.matches("*.supplier.example", "nems.othersupplier.example"));
    }

    @Test
    void onlyAWholeLeftmostLabelIsAWildcard() {
        assertFalse(HostNames.matches("nems*.supplier.example", "nems1.supplier.example"));
        assertFalse(HostNames.matches("nems.*.example", "nems.supplier.example"));
    }

    @Test
    void anEmptyNameOrHostMatchesNothing() {
        assertFalse(HostNames.matches("", ""));
        assertFalse(HostNames.matches("*.", "a."));
        assertFalse(HostNames.matches("nems.supplier.example", " "));
    }

    @Test
    void theNamesAreTheCommonNamesThenTheDnsNames() {
        assertEquals(
                List.of("nems.supplier.example", "a.example", "b.example"),
                List.copyOf(HostNames.namesOf(TestPki.endpoint()
                        .dnsNames("a.example", "b.example", "nems.supplier.example")
                        .build())));
    }
}
