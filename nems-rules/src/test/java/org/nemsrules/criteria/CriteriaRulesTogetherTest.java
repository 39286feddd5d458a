package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.criteria.CriteriaFixtures.Form;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;

/** The criteria rules as the validator runs them: each fault reported once, by the rule that owns it. */
class CriteriaRulesTogetherTest {
    private static List<Finding> criteriaFindings(Interaction interaction) {
        return NemsValidator.builder().catalog(RuleCatalog.builtIn()).threads(1).build().validate(interaction).stream()
                .filter(f -> f.ruleId().startsWith("criteria.") || f.ruleId().startsWith("nhs-number."))
                .toList();
    }

    @Test
    void everyKindOfProblemIsOwnedByExactlyOneRule() {
        List<Kind> owned = new ArrayList<>();
        for (Rule rule : RuleCatalog.builtIn().rules()) {
            if (rule instanceof CriteriaProblemRule r) {
                owned.addAll(r.kinds());
            }
        }
        owned.addAll(
                List.of(Kind.EVENT_CODE, Kind.EVENT_DEPRECATED, Kind.EVENT_NO_LONGER_SUPPORTED, Kind.EVENT_WITHDRAWN));
        assertEquals(EnumSet.allOf(Kind.class), EnumSet.copyOf(owned));
        assertEquals(Kind.values().length, owned.size(), "a kind is owned twice: " + owned);
    }

    @Test
    void everyCriteriaRuleAsksTheEngineForTheSubscriptionBodySoThatItIsSkippedWithoutOne() {
        List<String> checked = new ArrayList<>();
        for (Rule rule : RuleCatalog.builtIn().rules()) {
            if (rule instanceof CriteriaRule r && !(r instanceof PatientMismatchRule)) {
                assertEquals(Set.of(org.nemsrules.subscription.SubscriptionBody.VIEW), r.requiredViews(), r.id());
                checked.add(r.id());
            }
        }
        assertTrue(checked.size() > 10, checked::toString);
        assertEquals(
                Set.of(org.nemsrules.subscription.SubscriptionBody.VIEW, org.nemsrules.jwt.BearerToken.VIEW),
                new PatientMismatchRule().requiredViews());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // A1 and A2 of the create page, A4 with its tag
                "/Bundle?type=message&serviceType=UHV&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919"
                        + "&MessageHeader.event=pds-change-of-address-1",
                "/Bundle?type=message&subscriptionRuleType=CHO_POSTCODE_CCG&Organization.identifier=X2458"
                        + "&MessageHeader.event=pds-change-of-address-1&tag=site123",
            })
    void theCreatePagesExamplesHaveNoCriteriaFinding(String criteria) {
        for (Form form : Form.values()) {
            assertEquals(List.of(), criteriaFindings(form.interaction(criteria, null)), form.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // A10, the read page's criteria
                "/Bundle?type=message&Organization.identifier=X2458&MessageHeader.event=pds-birth-notification-1"
                        + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=pds-change-of-gp-1"
                        + "&MessageHeader.event=pds-person-death-1; criteria.event-code criteria.subscription-kind",
                // C1, the 2018 asset example
                "Bundle?type=message&MessageHeader?event=PDS001&MessageHeader?event=PDS001; criteria.event-count "
                        + "criteria.malformed-parameter criteria.prefix criteria.subscription-kind",
                // D2, the 2018 create page
                "/Bundle?type=message&serviceType=UHV&Patient.identifier=9434765919&MessageHeader.event=PDS002;"
                        + " criteria.event-code criteria.identifier-system",
                // D4, reverted a day later
                "/Bundle?type=message&subscriptionRuleType=CHO_POSTCODE_ICS&Organization.identifier=X2458"
                        + "&MessageHeader.event=pds-change-of-address-1; criteria.rule-type",
            })
    void theOldAndBrokenExamplesGiveTheirFindingsInEveryForm(String criteria, String rules) {
        for (Form form : Form.values()) {
            Set<String> found = criteriaFindings(form.interaction(criteria, null)).stream()
                    .map(Finding::ruleId)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(String.join(" ", found), rules.strip(), form.name());
        }
    }

    @Test
    void everyCriteriaFindingIsOnTheCriteriaLine() {
        String criteria = "Bundle?type=message&MessageHeader?event=PDS001&MessageHeader?event=PDS001";
        for (Form form : Form.values()) {
            int line = CriteriaFixtures.lineOf(form.text(criteria, null), "criteria");
            assertTrue(
                    criteriaFindings(form.interaction(criteria, null)).stream()
                            .allMatch(f -> f.location().line() == line),
                    form.name());
        }
    }

    @Test
    void requestsWithoutCriteriaAreLeftToTheSubscriptionAndHttpRules() {
        for (Form form : Form.values()) {
            assertEquals(List.of(), criteriaFindings(form.interaction("", null)), form.name());
        }
        Interaction read = new org.nemsrules.recording.HttpFileReader()
                .read(
                        "read.http",
                        "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .interactions()
                .get(0);
        assertEquals(List.of(), criteriaFindings(read));
        Interaction notXml = new org.nemsrules.recording.BareResourceReader()
                .read(
                        "broken.xml",
                        "<Subscription xmlns=\"http://hl7.org/fhir\"><criteria value=\"Bundle\"/>"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .interactions()
                .get(0);
        assertEquals(List.of(), criteriaFindings(notXml));
    }
}
