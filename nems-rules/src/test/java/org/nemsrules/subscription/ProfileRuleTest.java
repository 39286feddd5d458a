package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.fhir.DeepProfileValidator;
import org.nemsrules.model.Interaction;

class ProfileRuleTest {
    /** One deep validator for the class: each starts HAPI's validator, which takes seconds. */
    private static final NemsValidator DEEP =
            NemsValidator.builder().deepValidation(true).build();

    /** A contact period that ends before it starts breaks the STU3 invariant per-1, which no element rule judges. */
    private static final String XML_PERIOD_BACKWARDS = change(
            XML,
            "    <use value=\"work\"/>\n",
            "    <use value=\"work\"/>\n    <period>\n      <start value=\"2026-02-01\"/>\n"
                    + "      <end value=\"2026-01-01\"/>\n    </period>\n");

    private static final String JSON_PERIOD_BACKWARDS = change(
            JSON,
            "\"use\": \"work\"\n",
            "\"use\": \"work\",\n      \"period\": {\"start\": \"2026-02-01\", \"end\": \"2026-01-01\"}\n");

    private static List<Finding> deep(Interaction request) {
        return DEEP.validate(request);
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void withoutDeepValidationItIsSilentAndNeverStartsTheValidator() {
        int builds = DeepProfileValidator.chainBuilds();
        NemsValidator standard = NemsValidator.builder().build();

        List<Finding> found = standard.validate(bare(XML_PERIOD_BACKWARDS));

        assertEquals(List.of(), of(found, ProfileRule.ID));
        assertEquals(builds, DeepProfileValidator.chainBuilds());
    }

    @Test
    void validSubscriptionsGiveNoFindingInXmlOrJson() {
        assertEquals(List.of(), of(deep(bare(XML)), ProfileRule.ID));
        assertEquals(List.of(), of(deep(bare(JSON)), ProfileRule.ID));
        assertEquals(
                List.of(),
                deep(create(XML)).stream()
                        .filter(f ->
                                f.severity() == Severity.ERROR && f.ruleId().startsWith("subscription."))
                        .toList());
    }

    @Test
    void anInvariantOnlyTheProfileJudgesIsReportedAtItsElement() {
        for (String body : List.of(XML_PERIOD_BACKWARDS, JSON_PERIOD_BACKWARDS)) {
            List<Finding> found = deep(bare(body));
            assertEquals(
                    List.of(),
                    found.stream()
                            .filter(f -> f.severity() == Severity.ERROR
                                    && !f.ruleId().equals(ProfileRule.ID))
                            .toList(),
                    "no element rule judges a contact's period");
            List<Finding> profile = of(found, ProfileRule.ID);
            assertEquals(1, profile.size(), profile::toString);
            Finding f = profile.get(0);
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(
                    f.location().path().startsWith("Subscription.contact[0].period"),
                    f.location().path());
            assertTrue(f.message().contains("per-1"), f.message());
            assertTrue(f.message().startsWith("EMS-Subscription-1: "), f.message());
            assertEquals("R-SUB-02", f.requirement());
            assertEquals(422, f.httpStatus());
            assertEquals("INVALID_RESOURCE", f.spineCode());
            assertTrue(
                    f.location().line()
                            > (body.startsWith("<") ? SubscriptionFixtures.XML_USE : SubscriptionFixtures.JSON_USE),
                    "at the period: " + f);
        }
    }

    @Test
    void theLineIsTheRecordingsLineInARequest() {
        List<Finding> profile = of(deep(create(XML_PERIOD_BACKWARDS)), ProfileRule.ID);
        assertEquals(1, profile.size(), profile::toString);
        // The period starts on body line 10; the body starts on line CREATE_BODY_LINE of the recording.
        assertEquals(
                SubscriptionFixtures.CREATE_BODY_LINE + 9,
                profile.get(0).location().line());
    }

    @Test
    void oneFaultGivesOneFindingTheElementRulesWordingWins() {
        List<Finding> noContact =
                deep(bare(change(XML, XML.substring(XML.indexOf("  <contact>"), XML.indexOf("  <reason")), "")));
        assertEquals(
                List.of(ContactRule.ID),
                noContact.stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .map(Finding::ruleId)
                        .toList());

        List<Finding> withError = deep(bare(change(XML, "  <channel>", "  <error value=\"failed\"/>\n  <channel>")));
        assertEquals(
                List.of(ForbiddenElementRule.ID),
                withError.stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .map(Finding::ruleId)
                        .toList());
    }

    @Test
    void anInvariantOnAnElementGivesWayToTheFindingsInsideIt() {
        // HAPI says of a second contact with a value alone: cpt-2 at contact[1], and the profile's minimum
        // cardinality at contact[1].system and contact[1].use. The rule alone (no other rule to yield to)
        // keeps the two inside and drops the invariant that restates them.
        NemsValidator profileOnly = NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(new ProfileRule())))
                .deepValidation(true)
                .build();
        String valueOnly = change(
                XML, "  <reason", "  <contact>\n    <value value=\"https://example.org\"/>\n  </contact>\n  <reason");

        List<Finding> found = profileOnly.validate(bare(valueOnly));

        assertEquals(
                List.of("Subscription.contact[1].system", "Subscription.contact[1].use"),
                found.stream().map(f -> f.location().path()).toList(),
                found::toString);
        assertTrue(found.get(0).message().contains("minimum required = 1, but only found 0"), found::toString);
    }

    @Test
    void anElementOutOfOrderIsReportedOnceByTheOrderRuleThoughTheValidatorSaysItTwice() {
        // HAPI reports a contact's system after its use twice: against ContactPoint and against the profile.
        String systemLast = change(XML, "    <system value=\"url\"/>\n", "")
                .replace("    <use value=\"work\"/>\n", "    <use value=\"work\"/>\n    <system value=\"url\"/>\n");
        String criteriaFirst = change(
                        XML, "  <reason value=\"Keep the registered practice informed of address changes\"/>\n", "")
                .replace("  <channel>", "  <reason value=\"Keep\"/>\n  <channel>");
        for (String body : List.of(systemLast, criteriaFirst)) {
            List<Finding> found = deep(bare(body));
            assertEquals(
                    List.of(ElementOrderRule.ID),
                    found.stream()
                            .filter(f -> f.severity() == Severity.ERROR)
                            .map(Finding::ruleId)
                            .toList(),
                    found::toString);
        }
    }

    @Test
    void anUnreadableBodyIsReportedOnceByTheParserNotAgainByTheProfile() {
        List<Finding> found = deep(bare(change(XML, "  <reason", "  <topic value=\"x\"/>\n  <reason")));
        assertFalse(of(found, UnparseableRule.ID).isEmpty(), found::toString);
        assertEquals(List.of(), of(found, ProfileRule.ID));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
    @CsvSource({
        "Subscription.contact, Subscription.contact, true",
        "Subscription.contact, Subscription.contact[1].system, true",
        "Subscription.contact[0].system, Subscription.contact.system, true",
        "Subscription.tag, Subscription.tag[0], true",
        "Subscription.contact[0].system, Subscription.contact[1].system, false",
        "Subscription.channel, Subscription.channelType, false",
        "Subscription, Subscription.contact, false",
        "Subscription.reason, Subscription.criteria, false",
    })
    void elementPathsOverlapWhenOneIsTheOtherOrInsideIt(String a, String b, boolean overlap) {
        assertEquals(overlap, ProfileRule.overlaps(a, b));
        assertEquals(overlap, ProfileRule.overlaps(b, a));
    }

    @Test
    void itYieldsOnlyToOtherSubscriptionRules() {
        ProfileRule rule = new ProfileRule();
        Finding own = finding(ProfileRule.ID, "Subscription.contact[1].system");
        assertTrue(rule.yieldsTo(own, finding(ContactRule.ID, "Subscription.contact")));
        assertTrue(rule.yieldsTo(own, finding(UnparseableRule.ID, "body")));
        assertFalse(rule.yieldsTo(own, finding("mime.body-mismatch", "Subscription.contact")));
        assertFalse(rule.yieldsTo(own, finding(ProfileRule.ID, "Subscription.contact[1]")));
        assertFalse(rule.yieldsTo(own, finding(ReasonRule.ID, "Subscription.reason")));
    }

    private static Finding finding(String rule, String path) {
        return new Finding(
                rule, Severity.ERROR, "m", new org.nemsrules.engine.Location("f", 0, 1, null, path), "", null, null);
    }
}
