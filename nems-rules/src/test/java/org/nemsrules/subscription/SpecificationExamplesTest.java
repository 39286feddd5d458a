package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.SharedFiles;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;

/**
 * The Subscription examples of the specification (../shared/reference/spec-examples.md), judged as
 * bare create bodies by the subscription rules. The official 2018 asset examples are loaded from the
 * shared reference folder when it is there (never copied into the project) and skipped otherwise;
 * the page examples are written here from the facts that file lists.
 */
class SpecificationExamplesTest {
    private static final NemsValidator SUBSCRIPTION_RULES = NemsValidator.builder()
            .catalog(RuleCatalog.of(RuleCatalog.builtInRules().stream()
                    .filter(r -> r.metadata().category().equals("subscription"))
                    .toList()))
            .build();

    private static Set<String> ruleIds(Interaction request) {
        return SUBSCRIPTION_RULES.validate(request).stream()
                .map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The shared reference folder: ../shared from the repository, found by walking up from here. */
    private static Optional<Path> officialExamples() {
        return SharedFiles.find(SharedFiles.FHIR);
    }

    private static Interaction official(String name) throws IOException {
        Optional<Path> dir = officialExamples();
        assumeTrue(
                dir.isPresent() && Files.exists(dir.get().resolve(name)),
                "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        return SubscriptionFixtures.bare(Files.readString(dir.get().resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMS-Requested-Subscription-Example-1.xml", "EMS-Requested-Subscription-Example-1.json"})
    void theRequestedExamplePassesEverySubscriptionRule(String file) throws IOException {
        // C1/C2: its criteria fail the criteria rules, which are not subscription rules; the ODS URN endpoint is
        // present, which is all that can be checked statically.
        assertEquals(Set.of(), ruleIds(official(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMS-Active-Subscription-Example-1.xml", "EMS-Active-Subscription-Example-1.json"})
    void theActiveExampleFailsOnlyForItsStatusAndTheServerAssignedIdAndMeta(String file) throws IOException {
        assertEquals(
                Set.of(StatusRule.ID, ServerAssignedIdRule.ID, ServerAssignedMetaRule.ID), ruleIds(official(file)));
    }

    @Test
    void theXmlAndJsonExamplesGiveTheSameFindingsApartFromLines() throws IOException {
        for (String name : List.of("EMS-Requested-Subscription-Example-1", "EMS-Active-Subscription-Example-1")) {
            List<String> xml = messages(official(name + ".xml"));
            List<String> json = messages(official(name + ".json"));
            assertEquals(xml, json, name);
        }
    }

    private static List<String> messages(Interaction request) {
        return SUBSCRIPTION_RULES.validate(request).stream()
                .map(f -> f.ruleId() + " " + f.location().path() + " " + f.message())
                .sorted()
                .toList();
    }

    @Test
    void theCreatePageExplicitExamplePasses() {
        // A1: profile, requested, contact url/RR8/work, a reason, explicit criteria, channel message / Mailbox1234.
        String body = SubscriptionFixtures.change(
                SubscriptionFixtures.change(SubscriptionFixtures.XML, "Organization/A99968", "Organization/RR8"),
                "A99968OT001",
                "Mailbox1234");
        assertEquals(Set.of(), ruleIds(SubscriptionFixtures.bare(body)));
    }

    @Test
    void theReadPageResponseFailsAsACreateBody() {
        // A10: no FHIR namespace, an id, meta.lastUpdated, status active.
        String body = """
                <Subscription>
                  <id value="ea0a485187204b49b978bdcf7102388c"/>
                  <meta>
                    <lastUpdated value="2018-05-26T00:00:00+00:00"/>
                    <profile value="https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"/>
                  </meta>
                  <status value="active"/>
                  <contact>
                    <system value="url"/>
                    <value value="https://directory.spineservices.nhs.uk/STU3/Organization/RR8"/>
                    <use value="work"/>
                  </contact>
                  <reason value="Health visiting service responsible for Leeds"/>
                  <criteria value="/Bundle?type=message&amp;Organization.identifier=X2458&amp;MessageHeader.event=pds-person-death-1"/>
                  <channel>
                    <type value="message"/>
                    <endpoint value="Mailbox1234"/>
                  </channel>
                </Subscription>
                """;
        assertEquals(
                Set.of(WrongResourceTypeRule.ID, StatusRule.ID, ServerAssignedIdRule.ID, ServerAssignedMetaRule.ID),
                ruleIds(SubscriptionFixtures.bare(body)));
    }

    @Test
    void the2018ManagePageResponseIsNotWellFormed() {
        // D1: a raw '&' in an XML attribute (and a <versionID> element, unknown in STU3).
        String body = SubscriptionFixtures.change(
                SubscriptionFixtures.change(SubscriptionFixtures.XML, "&amp;", "&"),
                "  <meta>\n",
                "  <meta>\n    <versionID value=\"1\"/>\n");
        assertEquals(Set.of(UnparseableRule.ID), ruleIds(SubscriptionFixtures.bare(body)));
        String wellFormed = SubscriptionFixtures.change(
                SubscriptionFixtures.XML, "  <meta>\n", "  <meta>\n    <versionID value=\"1\"/>\n");
        List<Finding> found = SUBSCRIPTION_RULES.validate(SubscriptionFixtures.bare(wellFormed));
        assertEquals(
                List.of("subscription.unparseable Subscription.meta.versionID"),
                found.stream().map(f -> f.ruleId() + " " + f.location().path()).toList());
    }
}
