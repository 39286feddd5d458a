package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.jwt.RequestingClaimsFixtures.FROM_ASID_LINE;
import static org.nemsrules.jwt.RequestingClaimsFixtures.findings;
import static org.nemsrules.jwt.RequestingClaimsFixtures.request;
import static org.nemsrules.jwt.RequestingClaimsFixtures.set;
import static org.nemsrules.jwt.RequestingClaimsFixtures.unchanged;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;

class FromAsidMismatchRuleTest {
    private final FromAsidMismatchRule rule = new FromAsidMismatchRule();

    @Test
    void theSameAsidInHeaderAndTokenIsSilent() {
        assertEquals(List.of(), findings(rule, request(unchanged())));
    }

    @Test
    void aDifferentAsidIsReportedOnTheFromAsidLineWithBothValues() {
        List<Finding> found = findings(rule, request(unchanged(), "200000000205"));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(FromAsidMismatchRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(FROM_ASID_LINE, f.location().line());
        assertEquals("header:fromASID", f.location().path());
        assertTrue(f.message().contains("'200000000205'"), f.message());
        assertTrue(f.message().contains("'" + RequestingClaimsFixtures.ASID + "'"), f.message());
        assertEquals(400, f.httpStatus());
        assertEquals("REQUEST_UNMATCHED", f.spineCode());
        assertEquals("R-HDR-05", f.requirement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0918999198738", "{{fromAsid}}", "918-999-198-738"})
    void aHeaderThatIsNoAsidIsLeftToTheHeaderFormatRule(String header) {
        assertEquals(List.of(), findings(rule, request(unchanged(), header)));
    }

    @Test
    void theHeaderNameIsMatchedWhateverItsCase() {
        Interaction valid = request(unchanged(), null);
        List<Header> headers = new ArrayList<>(valid.headers().all());
        headers.add(new Header("fromasid", "200000000205", FROM_ASID_LINE));
        Interaction lowerCase = new Interaction(
                valid.file(),
                0,
                valid.origin(),
                valid.method(),
                valid.target(),
                valid.line(),
                Headers.of(headers),
                valid.body());
        List<Finding> found = findings(rule, lowerCase);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FROM_ASID_LINE, found.get(0).location().line());
    }

    @Test
    void aMissingFromAsidIsLeftToTheHeaderRules() {
        assertEquals(List.of(), findings(rule, request(unchanged(), null)));
    }

    @ParameterizedTest(name = "requesting_system ''{0}'' is left to jwt.requesting-system")
    @ValueSource(
            strings = {
                "http://fhir.nhs.uk/Id/accredited-system|200000000205",
                "https://fhir.nhs.uk/Id/accredited-system|20000000020X",
                "200000000205",
                "https://fhir.nhs.uk/Id/accredited-system|",
                ""
            })
    void anIllFormedRequestingSystemIsLeftToItsOwnRule(String value) {
        assertEquals(List.of(), findings(rule, request(set("requesting_system", value), "918999198738")));
    }

    @Test
    void aMissingRequestingSystemIsLeftToTheMissingClaimRule() {
        assertEquals(List.of(), findings(rule, request(claims -> claims.remove("requesting_system"))));
    }
}
