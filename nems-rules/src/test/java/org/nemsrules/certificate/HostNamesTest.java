package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
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

    @Test
    void anEmptyNameInTheCertificateMatchesNoHost() {
        assertFalse(HostNames.matches("", "nems.supplier.example"));
        assertFalse(HostNames.matches(".", "nems.supplier.example"));
        assertFalse(HostNames.matches("  ", "nems.supplier.example"));
    }

    @Test
    void onlyTheDnsNamesAmongTheAlternativeNamesAreHostNames() {
        GeneralNames alternatives = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.rfc822Name, "ops@supplier.example"),
            new GeneralName(GeneralName.iPAddress, "192.0.2.10"),
            new GeneralName(GeneralName.dNSName, "b.example"),
            new GeneralName(GeneralName.uniformResourceIdentifier, "https://c.example/")
        });
        assertEquals(
                List.of("nems.supplier.example", "b.example"),
                List.copyOf(HostNames.namesOf(TestPki.endpoint()
                        .dnsNames()
                        .extension(Extension.subjectAlternativeName, false, alternatives)
                        .build())));
    }

    @Test
    void aCommonNameThatIsNotTextHoldsNoHost() {
        // The CN "nems.supplier.example" encoded as an OCTET STRING, which names no host.
        String octetStringCn = "CN=#04156e656d732e737570706c6965722e6578616d706c65,O=Test Supplier";
        assertEquals(
                List.of("a.example"),
                List.copyOf(HostNames.namesOf(TestPki.endpoint()
                        .subject(octetStringCn)
                        .dnsNames("a.example")
                        .build())));
    }
}
