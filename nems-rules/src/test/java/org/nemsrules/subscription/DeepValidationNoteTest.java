package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.util.VersionUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.report.Report;

/**
 * A run that asked for deep validation says that it ran, and on how many Subscriptions, in its notes (which every
 * report format and the Maven log carry): otherwise a turned-off rule or recordings without a body would let it be
 * skipped in silence.
 */
class DeepValidationNoteTest {
    /** One catalogue for the class, so that HAPI's validator, which takes seconds to start, starts once. */
    private static final RuleCatalog CATALOG = RuleCatalog.discover();

    private static final String READ = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/"
            + "7f3c2a9e41d84b0b9c5e6a1d2f7b8c03 HTTP/1.1\n\n";

    @TempDir
    Path dir;

    private NemsValidator.Builder builder(boolean deep, int threads) {
        return NemsValidator.builder()
                .catalog(CATALOG)
                .baseDirectory(dir)
                .threads(threads)
                .deepValidation(deep);
    }

    private List<String> deepNotes(NemsValidator validator) throws Exception {
        Report report = validator.validate(List.of(dir));
        return report.notes().stream()
                .filter(n -> n.startsWith("deep validation"))
                .toList();
    }

    private void recordings() throws Exception {
        Files.writeString(dir.resolve("a.xml"), SubscriptionFixtures.XML);
        Files.writeString(dir.resolve("b.json"), SubscriptionFixtures.JSON);
        Files.writeString(dir.resolve("read.http"), READ);
    }

    @Test
    void aDeepRunSaysOnHowManySubscriptionsItRanAndWithWhichValidator() throws Exception {
        recordings();

        for (int threads : List.of(1, 2)) {
            assertEquals(
                    List.of("deep validation against EMS-Subscription-1 ran on 2 Subscriptions (HAPI FHIR "
                            + VersionUtil.getVersion() + ")"),
                    deepNotes(builder(true, threads).build()),
                    threads + " threads");
        }
    }

    @Test
    void oneSubscriptionIsSaidInTheSingularAndARunWithoutAnyStillSaysItRan() throws Exception {
        Files.writeString(dir.resolve("a.xml"), SubscriptionFixtures.XML);
        assertEquals(
                List.of("deep validation against EMS-Subscription-1 ran on 1 Subscription (HAPI FHIR "
                        + VersionUtil.getVersion() + ")"),
                deepNotes(builder(true, 1).build()));

        Files.delete(dir.resolve("a.xml"));
        Files.writeString(dir.resolve("read.http"), READ);
        assertEquals(
                List.of("deep validation against EMS-Subscription-1 ran on 0 Subscriptions (HAPI FHIR "
                        + VersionUtil.getVersion() + ")"),
                deepNotes(builder(true, 1).build()));
    }

    @Test
    void aDeepRunWhoseProfileRuleIsTurnedOffSaysThatItDidNotRun() throws Exception {
        recordings();

        assertEquals(
                List.of("deep validation was asked for but did not run: the rule subscription.profile is turned "
                        + "off"),
                deepNotes(builder(true, 1).disable(ProfileRule.ID).build()));
        assertEquals(
                List.of("deep validation was asked for but did not run: the rule subscription.profile is turned "
                        + "off"),
                deepNotes(builder(true, 1).disable("subscription.*").build()));
    }

    @Test
    void aRunWithoutDeepValidationSaysNothingOfIt() throws Exception {
        recordings();

        assertTrue(deepNotes(builder(false, 1).build()).isEmpty());
    }
}
