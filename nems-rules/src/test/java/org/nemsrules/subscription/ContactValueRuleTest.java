package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.ORGANISATION;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;

class ContactValueRuleTest {
    private static final ContactValueRule RULE = new ContactValueRule();
    private static final String PATH = "Subscription.contact[0].value";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org/practice|expected 'https://directory.spineservices.nhs.uk/STU3/Organization/<ODS code>'",
                "http://directory.spineservices.nhs.uk/STU3/Organization/A99968|(it uses 'http://' where the URL uses 'https://')",
                "https://directory.spineservices.nhs.uk/stu3/organization/A99968|(the prefix differs only in letter case, and it is compared exactly)",
                "A99968|(a bare ODS code: write the whole URL, 'https://directory.spineservices.nhs.uk/STU3/Organization/A99968')",
                "https://directory.spineservices.nhs.uk/STU3/Organization/a99968|not upper case",
                "https://directory.spineservices.nhs.uk/STU3/Organization/A9|not an ODS code",
            })
    void aValueThatIsNotTheOrganisationsOdsUrlIsReported(String value, String says) {
        Finding f = only(
                RULE,
                bare(change(XML, ORGANISATION, value)),
                SubscriptionFixtures.XML_VALUE,
                PATH,
                "'" + value + "'",
                says);
        assertEquals("R-SUB-05", f.requirement());
        assertEquals(422, f.httpStatus());
        only(
                RULE,
                bare(change(JSON, ORGANISATION, value)),
                SubscriptionFixtures.JSON_VALUE,
                PATH,
                "'" + value + "'",
                says);
    }

    @Test
    void aMissingValueIsReportedAtTheContact() {
        only(
                RULE,
                bare(change(XML, "    <value value=\"" + ORGANISATION + "\"/>\n", "")),
                SubscriptionFixtures.XML_CONTACT,
                PATH,
                "no value",
                "<ODS code>");
        only(
                RULE,
                bare(change(JSON, "      \"value\": \"" + ORGANISATION + "\",\n", "")),
                SubscriptionFixtures.JSON_CONTACT + 1,
                PATH,
                "no value");
    }

    @Test
    void itIsSilentOnTheOdsUrlAndWithoutContact() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        String none = change(XML, XML.substring(XML.indexOf("  <contact>"), XML.indexOf("  <reason")), "");
        assertEquals(List.of(), findings(RULE, bare(none)), "subscription.contact reports a missing contact");
    }
}
