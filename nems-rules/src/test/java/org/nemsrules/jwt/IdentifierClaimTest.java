package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifierClaimTest {
    private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    @Test
    void aSystemWithSpacesAroundItIsToldToLoseThem() {
        assertEquals(Optional.of("remove the spaces around it"), IdentifierClaim.nearMiss(" " + ODS + " ", ODS));
        assertTrue(IdentifierClaim.isOrResembles(ODS + " ", ODS));
    }

    @Test
    void anUnrelatedSystemNeitherIsNorResemblesTheExpectedOne() {
        assertEquals(Optional.empty(), IdentifierClaim.nearMiss("https://fhir.nhs.uk/Id/accredited-system", ODS));
        assertFalse(IdentifierClaim.isOrResembles("https://fhir.nhs.uk/Id/accredited-system", ODS));
        assertTrue(IdentifierClaim.isOrResembles(ODS, ODS));
    }
}
