package org.nemsrules.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.fhir.SubscriptionBodies.Body;

/**
 * The project's own EMS-Subscription-1 and the official one (loaded from the shared reference folder, never
 * copied) must give the same verdict on every test body. Skipped when the folder is absent.
 */
class ProfileAgreementTest {
    private static final DeepProfileValidator OURS = DeepProfileValidator.withProjectProfile();
    private static DeepProfileValidator official;

    @BeforeAll
    static void loadTheOfficialProfile() {
        Optional<Path> folder = SubscriptionBodies.sharedFhirFolder();
        folder.ifPresent(f -> official = DeepProfileValidator.with(
                ConformanceResources.ofXml(List.of(SubscriptionBodies.read(f.resolve("EMS-Subscription-1.xml"))))));
    }

    static Stream<Body> bodies() {
        return Stream.concat(SubscriptionBodies.all().stream(), SubscriptionBodies.officialExamples().stream());
    }

    private static boolean valid(DeepProfileValidator validator, Body body) {
        return validator.validate(body.text(), body.format()).stream().noneMatch(DeepValidationMessage::isError);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bothProfilesGiveTheSameVerdict(Body body) {
        assumeTrue(official != null, "the official NHS files (shared/reference/fhir beside the checkout) are absent");

        assertEquals(body.valid(), valid(OURS, body), "our profile on " + body);
        assertEquals(body.valid(), valid(official, body), "the official profile on " + body);
    }
}
