package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.CREATE_BODY_LINE;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class ContactOrganisationMismatchRuleTest {
    private static final ContactOrganisationMismatchRule RULE = new ContactOrganisationMismatchRule();

    @Test
    void aContactNamingAnotherOrganisationThanTheTokenIsAWarning() {
        Finding f = only(
                RULE,
                create(XML, "RYX"),
                CREATE_BODY_LINE + SubscriptionFixtures.XML_VALUE - 1,
                "Subscription.contact[0].value",
                "'A99968'",
                "'RYX'");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("R-SUB-06", f.requirement());
        assertEquals(403, f.httpStatus());
        assertEquals("ASID_CHECK_FAILED", f.spineCode());
        only(
                RULE,
                create(JSON, "RYX"),
                CREATE_BODY_LINE + SubscriptionFixtures.JSON_VALUE - 1,
                "Subscription.contact[0].value",
                "'A99968'",
                "'RYX'");
    }

    @Test
    void itIsSilentWhenTheCodesAgree() {
        assertEquals(List.of(), findings(RULE, create(XML, "A99968")));
        assertEquals(List.of(), findings(RULE, create(JSON, "A99968")));
    }

    @Test
    void itIsSilentWhenEitherCodeIsAbsentOrMalformed() {
        assertEquals(List.of(), findings(RULE, create(XML, null)), "no requesting_organisation");
        assertEquals(List.of(), findings(RULE, create(XML, "ryx")), "a malformed claim");
        assertEquals(
                List.of(),
                findings(RULE, create(change(XML, "Organization/A99968", "Organization/a9"), "RYX")),
                "a malformed contact");
        assertEquals(List.of(), findings(RULE, bare(XML)), "a bare resource has no token");
    }

    @Test
    void aClaimOfAnotherIdentifierSystemIsNotTakenForAnOdsCode() {
        // 'RYX' is a well-formed ODS code, but under another system it names something else: no mismatch.
        assertEquals(
                List.of(),
                findings(
                        RULE,
                        SubscriptionFixtures.createClaiming(XML, "https://fhir.nhs.uk/Id/sds-role-profile-id|RYX")));
        assertEquals(
                List.of(),
                findings(
                        RULE,
                        SubscriptionFixtures.createClaiming(JSON, "https://fhir.nhs.uk/Id/sds-role-profile-id|RYX")));
    }
}
