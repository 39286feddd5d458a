package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.PROFILE;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class MetaProfileRuleTest {
    private static final MetaProfileRule RULE = new MetaProfileRule();
    private static final String XML_META = "  <meta>\n    <profile value=\"" + PROFILE + "\"/>\n  </meta>\n";
    private static final String JSON_META =
            "  \"meta\": {\n    \"profile\": [\n      \"" + PROFILE + "\"\n    ]\n  },\n";

    @Test
    void aMissingProfileIsAWarningAtTheRoot() {
        Finding f = only(RULE, bare(change(XML, XML_META, "")), 1, "Subscription.meta.profile", "missing", PROFILE);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("R-SUB-03", f.requirement());
        assertNull(f.httpStatus(), "NEMS accepts a Subscription without the profile");
        only(RULE, bare(change(JSON, JSON_META, "")), 1, "Subscription.meta.profile", "missing", PROFILE);
    }

    @Test
    void anotherProfileIsReportedAtItsLineWithFoundAndExpected() {
        String other = "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-2";
        only(
                RULE,
                bare(change(XML, PROFILE, other)),
                SubscriptionFixtures.XML_PROFILE,
                "Subscription.meta.profile[0]",
                "'" + other + "'",
                "expected '" + PROFILE + "'");
        only(
                RULE,
                bare(change(JSON, PROFILE, other)),
                SubscriptionFixtures.JSON_PROFILE,
                "Subscription.meta.profile[0]",
                "'" + other + "'",
                "expected '" + PROFILE + "'");
    }

    @Test
    void theFirstOtherProfileIsQuotedAndTheRestCounted() {
        String one = "https://example.org/One";
        String xml = change(XML, PROFILE, one);
        String three = change(
                xml,
                "<profile value=\"" + one + "\"/>",
                "<profile value=\"" + one + "\"/>\n    <profile value=\"https://example.org/Two\"/>\n"
                        + "    <profile value=\"https://example.org/Three\"/>");

        assertEquals(
                "meta.profile is '" + one + "'; expected '" + PROFILE + "'",
                only(RULE, bare(xml), SubscriptionFixtures.XML_PROFILE, "Subscription.meta.profile[0]")
                        .message());
        assertEquals(
                "meta.profile is '" + one + "' (and 2 more); expected '" + PROFILE + "'",
                only(RULE, bare(three), SubscriptionFixtures.XML_PROFILE, "Subscription.meta.profile[0]")
                        .message());
    }

    @Test
    void aProfileInTheWrongCaseSaysSo() {
        only(
                RULE,
                bare(change(XML, PROFILE, PROFILE.toLowerCase())),
                SubscriptionFixtures.XML_PROFILE,
                "Subscription.meta.profile[0]",
                "letter case");
    }

    @Test
    void itIsSilentWhenTheProfileIsNamedAmongOthers() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        String two =
                change(XML, "<profile value=", "<profile value=\"https://example.org/Other\"/>\n    <profile value=");
        assertEquals(List.of(), findings(RULE, bare(two)));
    }
}
