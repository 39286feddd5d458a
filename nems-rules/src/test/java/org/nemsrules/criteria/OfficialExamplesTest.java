package org.nemsrules.criteria;

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
import org.nemsrules.recording.BareResourceReader;

/**
 * The official 2018 asset examples (C1–C4 of the shared spec-examples), loaded from the shared reference folder
 * when it is there (never copied into the project) and skipped otherwise, judged by the criteria rules.
 */
class OfficialExamplesTest {
    private static final NemsValidator CRITERIA_RULES = NemsValidator.builder()
            .catalog(RuleCatalog.of(RuleCatalog.builtInRules().stream()
                    .filter(r -> Set.of("criteria", "nhs-number")
                            .contains(r.metadata().category()))
                    .toList()))
            .threads(1)
            .build();

    private static Optional<Path> sharedFhirFolder() {
        return SharedFiles.find(SharedFiles.FHIR);
    }

    private static List<Finding> findings(String name) throws IOException {
        Optional<Path> dir = sharedFhirFolder();
        assumeTrue(
                dir.isPresent() && Files.exists(dir.get().resolve(name)),
                "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        Interaction bare = new BareResourceReader()
                .read(name, Files.readAllBytes(dir.get().resolve(name)))
                .interactions()
                .get(0);
        return CRITERIA_RULES.validate(bare);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EMS-Requested-Subscription-Example-1.xml",
                "EMS-Requested-Subscription-Example-1.json",
                "EMS-Active-Subscription-Example-1.xml",
                "EMS-Active-Subscription-Example-1.json"
            })
    void theAssetExamplesCriteriaFailsAsTheSpecExamplesSay(String file) throws IOException {
        // 'Bundle?type=message&MessageHeader?event=PDS001&MessageHeader?event=PDS001': no leading '/', a second
        // '?' in each event parameter (so no MessageHeader.event at all), neither explicit nor generic.
        Set<String> ids = findings(file).stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(PrefixRule.ID, MalformedParameterRule.ID, SubscriptionKindRule.ID, EventCountRule.ID), ids);
    }

    @Test
    void theXmlAndJsonExamplesGiveTheSameFindingsApartFromLocations() throws IOException {
        for (String name : List.of("EMS-Requested-Subscription-Example-1", "EMS-Active-Subscription-Example-1")) {
            assertEquals(messages(name + ".xml"), messages(name + ".json"), name);
        }
    }

    private static List<String> messages(String file) throws IOException {
        return findings(file).stream().map(f -> f.ruleId() + ": " + f.message()).toList();
    }
}
