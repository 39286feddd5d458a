package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.engine.Examinations.ids;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Examinations;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * Which requests the subscription rules say they examined, which is all the requirement coverage report knows of
 * them: a rule that stops saying so leaves its requirement unproved, and one that says so for a request it does not
 * judge proves it falsely.
 */
class SubscriptionExaminationTest {
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();

    /** Every rule that judges a readable Subscription, whatever optional elements it writes and in either syntax. */
    private static final List<String> EVERY_SUBSCRIPTION = List.of(
            "subscription.channel-endpoint",
            "subscription.channel-type",
            "subscription.contact",
            "subscription.contact-organisation-mismatch",
            "subscription.contact-value",
            "subscription.criteria-missing",
            "subscription.forbidden-element",
            "subscription.meta-profile",
            "subscription.reason",
            "subscription.server-assigned-id",
            "subscription.server-assigned-meta",
            "subscription.status",
            "subscription.unparseable",
            "subscription.wrong-resource-type");

    /** The subscription rules that examined the only request of {@code http}, sorted. */
    private static List<String> examined(NemsValidator validator, String http) {
        return Examinations.examined(validator, http, "subscription.");
    }

    private static List<String> examined(String http) {
        return examined(VALIDATOR, http);
    }

    /** {@link #EVERY_SUBSCRIPTION} with {@code more} and without {@code less}, sorted. */
    private static List<String> everySubscriptionRule(List<String> more, List<String> less) {
        return Examinations.adjusted(EVERY_SUBSCRIPTION, more, less);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // XML has an element order to judge; JSON has none.
                "create-explicit.http     | subscription.element-order",
                "create-generic.json.http | -",
            })
    void eachValidCreateIsExaminedByEverySubscriptionRuleThatAppliesToIt(String file, String more) throws IOException {
        // Neither sample writes end, contained, channel.payload or channel.header, and deep validation is off.
        List<String> extra = more == null ? List.of() : Arrays.asList(more.split(" "));
        assertEquals(everySubscriptionRule(extra, List.of()), examined(sample(file)));
    }

    @ParameterizedTest
    @CsvSource({"read.http", "delete.http"})
    void aReadOrDeleteIsExaminedByNoSubscriptionRule(String file) throws IOException {
        assertEquals(List.of(), examined(sample(file)));
    }

    @Test
    void aCreateWhoseBodyCannotBeReadIsExaminedOnlyByTheRuleThatReportsIt() throws IOException {
        String create = replaced(sample("create-explicit.http"), "</Subscription>", "");
        assertEquals(List.of(UnparseableRule.ID), examined(create));
    }

    @Test
    void anotherResourceIsExaminedOnlyByTheRulesOfTheWholeBody() throws IOException {
        String create = replaced(
                sample("create-generic.json.http"),
                "\"resourceType\": \"Subscription\"",
                "\"resourceType\": \"Patient\"");
        assertEquals(ids(UnparseableRule.ID, WrongResourceTypeRule.ID), examined(create));
    }

    @Test
    void aCreateWithoutATokenIsNotComparedWithTheTokensOrganisation() throws IOException {
        String create = sample("create-explicit.http").replaceAll("(?m)^Authorization: .*\\n", "");
        assertEquals(
                everySubscriptionRule(List.of(ElementOrderRule.ID), List.of(ContactOrganisationMismatchRule.ID)),
                examined(create));
    }

    @Test
    void withoutAContactOnlyTheRuleThatReportsItMissingExaminesTheContact() throws IOException {
        String create = sample("create-explicit.http").replaceAll("(?s)  <contact>.*</contact>\\n", "");
        assertEquals(
                everySubscriptionRule(
                        List.of(ElementOrderRule.ID), List.of(ContactOrganisationMismatchRule.ID, ContactValueRule.ID)),
                examined(create));
    }

    @Test
    void withoutAChannelOnlyTheRuleThatReportsItMissingExaminesTheChannel() throws IOException {
        String create = sample("create-explicit.http").replaceAll("(?s)  <channel>.*</channel>\\n", "");
        assertEquals(
                everySubscriptionRule(List.of(ElementOrderRule.ID), List.of(ChannelEndpointRule.ID)), examined(create));
    }

    @Test
    void anEndIsExaminedAndJudgedAgainstAnInstantOnlyWhenOneIsGiven() throws IOException {
        String create = replaced(
                sample("create-generic.json.http"),
                "  \"status\": \"requested\",",
                "  \"status\": \"requested\",\n  \"end\": \"2027-12-31T23:59:59+00:00\",");
        assertEquals(everySubscriptionRule(List.of(EndRule.ID), List.of()), examined(create));
        NemsValidator judging = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .judgingInstant(Instant.parse("2026-01-05T09:00:00Z"))
                .build();
        assertEquals(everySubscriptionRule(List.of(EndRule.ID, EndPastRule.ID), List.of()), examined(judging, create));
    }

    @Test
    void withoutAnEndAnInstantExaminesNothingMore() throws IOException {
        NemsValidator judging = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .judgingInstant(Instant.parse("2026-01-05T09:00:00Z"))
                .build();
        assertEquals(
                everySubscriptionRule(List.of(), List.of()), examined(judging, sample("create-generic.json.http")));
    }

    @Test
    void containedResourcesAndAChannelPayloadAreExaminedWhenWritten() throws IOException {
        String create = replaced(
                replaced(
                        sample("create-explicit.http"),
                        "  <status",
                        "  <contained>\n    <Provenance>\n      <id value=\"c1\"/>\n"
                                + "      <target><reference value=\"#\"/></target>\n"
                                + "      <recorded value=\"2026-01-05T09:00:00+00:00\"/>\n"
                                + "      <agent><whoReference><display value=\"Riverside PAS\"/></whoReference></agent>\n"
                                + "    </Provenance>\n  </contained>\n  <status"),
                "    <endpoint value=\"A99968OT001\"/>\n",
                "    <endpoint value=\"A99968OT001\"/>\n    <payload value=\"application/fhir+xml\"/>\n");
        assertEquals(
                everySubscriptionRule(
                        List.of(ElementOrderRule.ID, ContainedResourceRule.ID, UnusedElementRule.ID), List.of()),
                examined(create));
    }
}
