package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.fhir.ConformanceResources;
import org.nemsrules.fhir.DeepProfileValidator;
import org.nemsrules.fhir.DeepValidationMessage;

/**
 * Keeps the two ways of judging a Subscription honest (issue 5). The default path (the {@code subscription.*}
 * element rules) and the deep path (HAPI's instance validator with the project's own EMS-Subscription-1) must
 * agree on every Subscription body in the corpus and on variants of the valid ones: whatever the profile
 * rejects, the element rules reject too; and where only the element rules reject, every rule that does so must
 * be one of the {@link #STRICTER_THAN_THE_PROFILE documented places} where the create page asks more than the
 * profile. The same holds against the official profile when a copy lies beside the checkout.
 */
class ProfileDifferentialTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("nems.samples", "")).toAbsolutePath().normalize();

    /**
     * The rules whose errors the profile cannot share, with the create-page requirement each enforces. The profile
     * constrains cardinality and types, binds codes to whole FHIR value sets and fixes no value (requirements
     * digest, section 8 item 12), so each of these judges something the profile leaves open.
     */
    static final Map<String, String> STRICTER_THAN_THE_PROFILE = Map.of(
            // R-SUB-04: status is 'requested' on create. The profile binds status to all of subscription-status
            // (requested | active | error | off), so 'active' or 'off' is valid to it. A missing status the
            // profile catches (1..1).
            "subscription.status", "R-SUB-04",
            // R-SUB-05: the first contact's system is 'url' and its use 'work'. The profile makes both 1..1 but
            // binds them to all of contact-point-system and contact-point-use, so 'email' or 'home' is valid to it.
            "subscription.contact", "R-SUB-05",
            // R-SUB-05: the first contact's value is the ODS API URL with a well-formed ODS code. The profile
            // only makes value 1..1, a string with no pattern.
            "subscription.contact-value", "R-SUB-05",
            // R-SUB-10: channel.type is 'message'. The profile binds it to all of subscription-channel-type.
            "subscription.channel-type", "R-SUB-10",
            // R-SUB-11: channel.endpoint is 1..1 and not blank on the create page; the profile leaves it 0..1
            // (section 8 item 11: the page governs, and the deep path cannot catch it).
            "subscription.channel-endpoint", "R-SUB-11",
            // R-SUB-07: a reason of only white space is no reason. To FHIR it is a valid string, so the profile's
            // 1..1 is met; a missing reason the profile catches.
            "subscription.reason", "R-SUB-07",
            // R-SUB-08: the same for a criteria of only white space; a missing criteria the profile catches (1..1).
            "subscription.criteria-missing", "R-SUB-08",
            // R-SUB-12: NEMS assigns the id; a resource id is 0..1 in every profile.
            "subscription.server-assigned-id", "R-SUB-12",
            // R-SUB-12: NEMS sets meta.versionId and meta.lastUpdated; both are 0..1 in every profile.
            "subscription.server-assigned-meta", "R-SUB-12");

    private static final NemsValidator DEFAULT_PATH =
            NemsValidator.builder().threads(1).build();

    /** One validator per profile for the whole class: each builds HAPI's support chain once, on first use. */
    private static final DeepProfileValidator PROJECT_PROFILE = DeepProfileValidator.withProjectProfile();

    private static final Optional<DeepProfileValidator> OFFICIAL_PROFILE = sharedFhirFolder()
            .map(folder -> DeepProfileValidator.with(
                    ConformanceResources.ofXml(List.of(read(folder.resolve("EMS-Subscription-1.xml"))))));

    private static final List<SubscriptionCandidate> SAMPLE_BODIES = SampleSubscriptions.under(SAMPLES);
    private static final List<SubscriptionCandidate> VARIANTS = SubscriptionVariants.of(
            SAMPLE_BODIES.stream().filter(SubscriptionCandidate::valid).toList());

    /** Verdicts already reached, so that each body costs one run of each path, whichever test asks first. */
    private static final Map<SubscriptionCandidate, Verdicts> PROJECT_VERDICTS = new ConcurrentHashMap<>();

    private static final Map<SubscriptionCandidate, List<Finding>> DEFAULT_ERRORS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> theProjectProfileRejectsNothingTheElementRulesAccept() {
        return candidates().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertAgree(projectVerdicts(c))));
    }

    @TestFactory
    Stream<DynamicTest> theOfficialProfileRejectsNothingTheElementRulesAccept() {
        assumeTrue(
                OFFICIAL_PROFILE.isPresent(),
                "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        return candidates()
                .map(c -> DynamicTest.dynamicTest(
                        c.name(),
                        () -> assertAgree(
                                Verdicts.of(c, defaultErrors(c), deepErrors(OFFICIAL_PROFILE.get(), c), "official"))));
    }

    @Test
    void theCorpusHoldsBodiesOfEveryRecordingKind() {
        Set<String> kinds = SAMPLE_BODIES.stream()
                .map(c -> c.name().replaceAll(" #\\d+$", ""))
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(List.of("har", "http", "json", "xml")),
                kinds,
                "Subscription bodies were expected from every kind of recording");
        assertTrue(SAMPLE_BODIES.stream().anyMatch(c -> !c.valid()), "no invalid sample holds a Subscription body");
        assertFalse(VARIANTS.isEmpty(), "no variants were generated");
    }

    @Test
    void everyValidSampleAndItsReEncodingPassBothPaths() {
        Stream.concat(
                        SAMPLE_BODIES.stream().filter(SubscriptionCandidate::valid),
                        VARIANTS.stream().filter(c -> c.name().contains("re-encoded by HAPI")))
                .map(ProfileDifferentialTest::projectVerdicts)
                .forEach(v -> assertTrue(
                        !v.defaultRejects() && !v.deepRejects(),
                        () -> "a valid body must pass both paths:\n" + v.describe()));
    }

    /** A documented difference no body shows is either stale or untested: both are worth knowing. */
    @Test
    void everyDocumentedDifferenceIsShownByABody() {
        Set<String> shown = candidates()
                .map(ProfileDifferentialTest::projectVerdicts)
                .filter(v -> v.defaultRejects() && !v.deepRejects())
                .flatMap(v -> v.defaultErrors().stream().map(Finding::ruleId))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(STRICTER_THAN_THE_PROFILE.keySet()),
                shown,
                "the rules that reject bodies the profile accepts, against the documented set");
    }

    private static Stream<SubscriptionCandidate> candidates() {
        return Stream.concat(SAMPLE_BODIES.stream(), VARIANTS.stream());
    }

    private static void assertAgree(Verdicts v) {
        if (v.deepRejects() && !v.defaultRejects()) {
            fail("the " + v.profile() + " profile rejects a body the element rules accept:\n" + v.describe());
        }
        if (v.defaultRejects() && !v.deepRejects()) {
            Set<String> undocumented = v.defaultErrors().stream()
                    .map(Finding::ruleId)
                    .filter(id -> !STRICTER_THAN_THE_PROFILE.containsKey(id))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!undocumented.isEmpty()) {
                fail("the element rules " + undocumented + " reject a body the " + v.profile() + " profile accepts, "
                        + "and are not documented as stricter than the profile:\n" + v.describe());
            }
        }
    }

    private static Verdicts projectVerdicts(SubscriptionCandidate c) {
        return PROJECT_VERDICTS.computeIfAbsent(
                c, x -> Verdicts.of(x, defaultErrors(x), deepErrors(PROJECT_PROFILE, x), "project's"));
    }

    /** The default path rejects a body when a subscription rule reports an error about it. */
    private static List<Finding> defaultErrors(SubscriptionCandidate c) {
        return DEFAULT_ERRORS.computeIfAbsent(
                c,
                x -> DEFAULT_PATH.validate(x.interaction()).stream()
                        .filter(f ->
                                f.severity() == Severity.ERROR && f.ruleId().startsWith("subscription."))
                        .toList());
    }

    private static List<DeepValidationMessage> deepErrors(DeepProfileValidator deep, SubscriptionCandidate c) {
        return deep.validate(c.text(), c.format()).stream()
                .filter(DeepValidationMessage::isError)
                .toList();
    }

    /** What both paths said about one body, and how to say it in a failure. */
    private record Verdicts(
            SubscriptionCandidate candidate,
            List<Finding> defaultErrors,
            List<DeepValidationMessage> deepErrors,
            String profile) {

        static Verdicts of(
                SubscriptionCandidate c,
                List<Finding> defaultErrors,
                List<DeepValidationMessage> deepErrors,
                String profile) {
            return new Verdicts(c, defaultErrors, deepErrors, profile);
        }

        boolean defaultRejects() {
            return !defaultErrors.isEmpty();
        }

        boolean deepRejects() {
            return !deepErrors.isEmpty();
        }

        String describe() {
            return "body: " + candidate.name() + " (" + candidate.format() + ")"
                    + "\n  element rules: " + (defaultRejects() ? "reject" : "accept")
                    + defaultErrors.stream()
                            .map(f -> "\n    " + f.ruleId() + " line "
                                    + f.location().line() + ": " + f.message())
                            .collect(Collectors.joining())
                    + "\n  " + profile + " profile: " + (deepRejects() ? "rejects" : "accepts")
                    + deepErrors.stream()
                            .map(m -> "\n    " + m.path() + " line " + m.line() + ": " + m.message() + " ["
                                    + m.messageId() + "]")
                            .collect(Collectors.joining())
                    + "\n  the body:\n" + candidate.text().indent(4);
        }
    }

    /**
     * {@code shared/reference/fhir} beside the checkout or beside any folder above the working directory (a
     * worktree may sit deeper); empty when there is none, and the official half of the test is skipped.
     */
    private static Optional<Path> sharedFhirFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/fhir");
            if (Files.isRegularFile(candidate.resolve("EMS-Subscription-1.xml"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
