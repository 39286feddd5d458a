package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;

class ContactRuleTest {
    private static final ContactRule RULE = new ContactRule();
    private static final String XML_CONTACT = XML.substring(XML.indexOf("  <contact>"), XML.indexOf("  <reason"));
    private static final String JSON_CONTACT =
            JSON.substring(JSON.indexOf("  \"contact\""), JSON.indexOf("  \"reason\""));

    @Test
    void noContactIsReported() {
        Finding f = only(
                RULE, bare(change(XML, XML_CONTACT, "")), 1, "Subscription.contact", "no contact", "'url'", "'work'");
        assertEquals("R-SUB-05", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
        only(RULE, bare(change(JSON, JSON_CONTACT, "")), 1, "Subscription.contact", "no contact");
    }

    @Test
    void aFirstContactThatIsNotAUrlIsReportedOnItsSystem() {
        only(
                RULE,
                bare(change(XML, "<system value=\"url\"/>", "<system value=\"email\"/>")),
                SubscriptionFixtures.XML_SYSTEM,
                "Subscription.contact[0].system",
                "'email'",
                "expected 'url'");
        only(
                RULE,
                bare(change(JSON, "\"system\": \"url\"", "\"system\": \"email\"")),
                SubscriptionFixtures.JSON_SYSTEM,
                "Subscription.contact[0].system",
                "'email'",
                "expected 'url'");
    }

    @Test
    void aFirstContactThatIsNotForWorkIsReportedOnItsUse() {
        only(
                RULE,
                bare(change(XML, "<use value=\"work\"/>", "<use value=\"temp\"/>")),
                SubscriptionFixtures.XML_USE,
                "Subscription.contact[0].use",
                "'temp'",
                "expected 'work'");
        only(
                RULE,
                bare(change(JSON, "\"use\": \"work\"", "\"use\": \"temp\"")),
                SubscriptionFixtures.JSON_USE,
                "Subscription.contact[0].use",
                "'temp'",
                "expected 'work'");
    }

    @Test
    void aMissingUseIsReportedAtTheContact() {
        only(
                RULE,
                bare(change(XML, "    <use value=\"work\"/>\n", "")),
                SubscriptionFixtures.XML_CONTACT,
                "Subscription.contact[0].use",
                "no use",
                "'work'");
        only(
                RULE,
                bare(change(JSON, ",\n      \"use\": \"work\"", "")),
                SubscriptionFixtures.JSON_CONTACT + 1,
                "Subscription.contact[0].use",
                "no use");
    }

    @Test
    void laterContactsMayBeAnything() {
        String second = change(
                XML,
                "  </contact>\n",
                "  </contact>\n  <contact>\n    <system value=\"email\"/>\n"
                        + "    <value value=\"team@example.org\"/>\n    <use value=\"home\"/>\n  </contact>\n");
        assertEquals(List.of(), findings(RULE, bare(second)));
    }

    /** The profile's 1..1 holds in every contact; the differential test found later ones went unchecked. */
    @Test
    void aLaterContactWithoutSystemIsReportedCitingTheProfile() {
        String second = change(
                XML,
                "  </contact>\n",
                "  </contact>\n  <contact>\n"
                        + "    <value value=\"0113 496 0000\"/>\n    <use value=\"work\"/>\n  </contact>\n");
        Finding f = only(
                RULE,
                bare(second),
                SubscriptionFixtures.XML_USE + 2,
                "Subscription.contact[1].system",
                "contact[1] has no system",
                "system, value and use",
                "cpt-2");
        assertEquals("R-SUB-02", f.requirement());
        assertEquals(422, f.httpStatus());
        String json = change(
                JSON,
                "\"use\": \"work\"\n    }",
                "\"use\": \"work\"\n    },\n    {\n      \"system\": "
                        + "\"phone\",\n      \"value\": \"0113 496 0000\"\n    }");
        only(
                RULE,
                bare(json),
                SubscriptionFixtures.JSON_USE + 2,
                "Subscription.contact[1].use",
                "contact[1] has no use");
    }

    @Test
    void aLaterContactWithNothingButAUseLacksSystemAndValue() {
        String second = change(
                XML, "  </contact>\n", "  </contact>\n  <contact>\n    <use value=\"home\"/>\n" + "  </contact>\n");
        assertEquals(
                List.of("Subscription.contact[1].system", "Subscription.contact[1].value"),
                findings(RULE, bare(second)).stream()
                        .map(f -> f.location().path())
                        .toList());
    }

    @Test
    void itIsSilentOnAWorkUrl() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
    }
}
