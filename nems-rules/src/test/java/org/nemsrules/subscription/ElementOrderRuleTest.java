package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.XML_CRITERIA;
import static org.nemsrules.subscription.SubscriptionFixtures.XML_ENDPOINT;
import static org.nemsrules.subscription.SubscriptionFixtures.XML_REASON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML_STATUS;
import static org.nemsrules.subscription.SubscriptionFixtures.XML_USE;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;

class ElementOrderRuleTest {
    private static final ElementOrderRule RULE = new ElementOrderRule();

    private static final String SUBSCRIPTION_ORDER = "expected order: id, meta, implicitRules, language, text, "
            + "contained, extension, modifierExtension, status, contact, end, reason, criteria, error, channel, tag";

    private static final String REASON =
            "  <reason value=\"Keep the registered practice informed of address changes\"/>\n";
    private static final String CONTACT = """
              <contact>
                <system value="url"/>
                <value value="https://directory.spineservices.nhs.uk/STU3/Organization/A99968"/>
                <use value="work"/>
              </contact>
            """;
    private static final String CHANNEL = """
              <channel>
                <type value="message"/>
                <endpoint value="A99968OT001"/>
              </channel>
            """;

    /** {@code text} with the line holding {@code first} and the one after it swapped. */
    private static String swapWithNextLine(String text, String first) {
        int start = text.indexOf(first);
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int middle = text.indexOf('\n', start) + 1;
        int end = text.indexOf('\n', middle) + 1;
        return text.substring(0, lineStart)
                + text.substring(middle, end)
                + text.substring(lineStart, middle)
                + text.substring(end);
    }

    @Test
    void criteriaBeforeReasonIsAnErrorAtReasonNamingBothAndTheOrder() {
        String body = swapWithNextLine(XML, "<reason ");

        Finding f = only(RULE, bare(body), XML_CRITERIA, "Subscription.reason");

        assertEquals(
                "'reason' is written after 'criteria', but comes before it in a Subscription; " + SUBSCRIPTION_ORDER,
                f.message());
        assertEquals("R-SUB-02", f.requirement());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
    }

    @Test
    void aContactWhoseSystemFollowsItsUseIsReportedAtTheSystem() {
        String body = change(XML, "    <system value=\"url\"/>\n", "")
                .replace("    <use value=\"work\"/>\n", "    <use value=\"work\"/>\n    <system value=\"url\"/>\n");

        Finding f = only(RULE, bare(body), XML_USE, "Subscription.contact[0].system");

        assertEquals(
                "'system' is written after 'use', but comes before it in Subscription.contact[0], a "
                        + "ContactPoint; expected order: extension, system, value, use, rank, period",
                f.message());
    }

    @Test
    void aChannelWhoseEndpointComesFirstIsReportedAtTheType() {
        String body = swapWithNextLine(XML, "<type value=");

        Finding f = only(RULE, bare(body), XML_ENDPOINT, "Subscription.channel.type");

        assertEquals(
                "'type' is written after 'endpoint', but comes before it in Subscription.channel; expected "
                        + "order: extension, modifierExtension, type, endpoint, payload, header",
                f.message());
    }

    @Test
    void aMetaWhoseProfileComesBeforeItsVersionIdIsReportedAtTheVersionId() {
        String body = change(XML, "  </meta>\n", "    <versionId value=\"1\"/>\n  </meta>\n");

        Finding f = only(RULE, bare(body), 4, "Subscription.meta.versionId");

        assertEquals(
                "'versionId' is written after 'profile', but comes before it in Subscription.meta, a Meta; "
                        + "expected order: extension, versionId, lastUpdated, profile, security, tag",
                f.message());
    }

    @Test
    void aMetaWrittenLastIsReportedOnceAtTheMeta() {
        String meta = "  <meta>\n    <profile value=\"" + SubscriptionFixtures.PROFILE + "\"/>\n  </meta>\n";
        String body = change(XML, meta, "").replace("</Subscription>", meta + "</Subscription>");

        only(RULE, bare(body), XML_ENDPOINT - 1, "Subscription.meta", "'meta' is written after 'channel'");
    }

    @Test
    void aChannelWrittenFirstIsReportedOnceAtTheElementAfterIt() {
        String body = change(XML, CHANNEL, "").replace("  <status ", CHANNEL + "  <status ");

        only(RULE, bare(body), XML_STATUS + 4, "Subscription.status", "'status' is written after 'channel'");
    }

    @Test
    void aSecondContactAfterTheReasonIsOutOfOrderThoughTheFirstIsInPlace() {
        String body = change(XML, REASON, REASON + CONTACT.replace("url", "url").replace("A99968", "RYX"));

        only(RULE, bare(body), XML_REASON + 1, "Subscription.contact[1]", "'contact' is written after 'reason'");
    }

    @Test
    void anExtensionBelongsBeforeTheSubscriptionsOwnElements() {
        String extension = "  <extension url=\"https://example.org/source\">\n    <valueString value=\"pas\"/>\n"
                + "  </extension>\n";

        assertEquals(List.of(), findings(RULE, bare(change(XML, "  <status ", extension + "  <status "))));
        only(
                RULE,
                bare(change(XML, REASON, extension + REASON)),
                XML_REASON,
                "Subscription.extension[0]",
                "'extension' is written after 'contact'");
    }

    @Test
    void insideADataTypeItsExtensionsComeFirst() {
        String extension = "    <extension url=\"https://example.org/verified\">\n"
                + "      <valueBoolean value=\"true\"/>\n    </extension>\n";
        String before = change(XML, "    <system value=\"url\"/>\n", extension + "    <system value=\"url\"/>\n");
        String after = change(XML, "    <system value=\"url\"/>\n", "    <system value=\"url\"/>\n" + extension);

        assertEquals(List.of(), findings(RULE, bare(before)));
        Finding f =
                only(RULE, bare(after), SubscriptionFixtures.XML_SYSTEM + 1, "Subscription.contact[0].extension[0]");
        assertEquals(
                "'extension' is written after 'system', but comes before it in Subscription.contact[0], a "
                        + "ContactPoint; expected order: extension, system, value, use, rank, period",
                f.message());
    }

    @Test
    void aContainedResourceIsHeldToTheOrderOfItsOwnType() {
        // Provenance: target, period, recorded, ...; recorded written before target.
        String contained = "  <contained>\n    <Provenance>\n      <id value=\"p1\"/>\n"
                + "      <recorded value=\"2026-01-05T09:00:00+00:00\"/>\n"
                + "      <target>\n        <reference value=\"#\"/>\n      </target>\n"
                + "      <agent>\n        <whoReference>\n          <display value=\"Riverside PAS\"/>\n"
                + "        </whoReference>\n      </agent>\n    </Provenance>\n  </contained>\n";

        Finding f = only(
                RULE,
                bare(change(XML, "  <status ", contained + "  <status ")),
                XML_STATUS + 4,
                "Subscription.contained[0].Provenance.target",
                "'target' is written after 'recorded'");
        assertEquals(
                true,
                f.message()
                        .contains("in Subscription.contained[0].Provenance, a Provenance; expected "
                                + "order: id, meta, implicitRules, language, text, contained, extension, modifierExtension, target, "
                                + "period, recorded,"),
                f.message());
    }

    @Test
    void aTypeNamedWithAVowelIsGivenAnInItsMessage() {
        // Only a contained resource holds a data type whose name starts with 'A': here a Patient's Address,
        // whose city is written before its line.
        String contained = "  <contained>\n    <Patient>\n      <id value=\"p1\"/>\n"
                + "      <address>\n        <city value=\"Leeds\"/>\n        <line value=\"1 Park Row\"/>\n"
                + "      </address>\n    </Patient>\n  </contained>\n";

        Finding f = only(
                RULE,
                bare(change(XML, "  <status ", contained + "  <status ")),
                XML_STATUS + 5,
                "Subscription.contained[0].Patient.address.line",
                "'line' is written after 'city'");
        assertEquals(
                "'line' is written after 'city', but comes before it in Subscription.contained[0].Patient.address, "
                        + "an Address; expected order: extension, use, type, text, line, city, district, state, "
                        + "postalCode, country, period",
                f.message());
    }

    @Test
    void onACreateRequestTheLineIsTheRecordingsLine() {
        only(
                RULE,
                create(swapWithNextLine(XML, "<reason ")),
                SubscriptionFixtures.CREATE_BODY_LINE + XML_CRITERIA - 1,
                "Subscription.reason");
    }

    @Test
    void aBodyInTheDefinedOrderIsSilent() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, create(XML)));
        String full = change(
                        XML,
                        "<Subscription xmlns=\"http://hl7.org/fhir\">\n",
                        "<Subscription xmlns=\"http://hl7.org/fhir\">\n  <id value=\"a1\"/>\n")
                .replace(
                        "    <profile ",
                        "    <versionId value=\"1\"/>\n    <lastUpdated value=\"2026-01-05T09:00:00Z\"/>"
                                + "\n    <profile ")
                .replace(
                        "  </meta>\n",
                        "  </meta>\n  <text>\n    <status value=\"generated\"/>\n"
                                + "    <div xmlns=\"http://www.w3.org/1999/xhtml\"><p>b</p><b>a</b></div>\n  </text>\n")
                .replace(REASON, "  <end value=\"2026-12-31T00:00:00Z\"/>\n" + REASON)
                .replace(
                        "  </channel>\n",
                        "    <payload value=\"application/fhir+xml\"/>\n"
                                + "    <header value=\"a\"/>\n    <header value=\"b\"/>\n  </channel>\n");
        assertEquals(List.of(), findings(RULE, bare(full)));
    }

    @Test
    void jsonHasNoElementOrderSoItIsSilent() {
        String reversed = change(
                        JSON, "  \"reason\": \"Keep the registered practice informed of address changes\",\n", "")
                .replace(
                        "  \"channel\": {",
                        "  \"reason\": \"Keep the registered practice informed of address "
                                + "changes\",\n  \"channel\": {");
        String statusLast = change(JSON, "  \"status\": \"requested\",\n", "")
                .replace("  \"channel\": {", "  \"status\": \"requested\",\n  \"channel\": {");
        assertEquals(List.of(), findings(RULE, bare(reversed)));
        assertEquals(List.of(), findings(RULE, bare(statusLast)));
    }
}
