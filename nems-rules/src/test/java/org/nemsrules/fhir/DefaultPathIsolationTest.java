package org.nemsrules.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.report.Report;

/**
 * The default path must never pay for the deep mode: validating create requests with the built-in catalogue
 * builds no HAPI validation support chain, and neither does merely constructing a deep validator.
 */
class DefaultPathIsolationTest {
    private static final Path SAMPLES = Path.of("..", "sample-payloads", "valid");

    @Test
    void validatingCreateRequestsWithTheBuiltInCatalogueBuildsNoValidationChain() throws Exception {
        List<Path> creates = List.of(
                SAMPLES.resolve("create-explicit.http"),
                SAMPLES.resolve("subscription-explicit.xml"),
                SAMPLES.resolve("subscription-generic.json"));
        creates.forEach(p -> assertTrue(Files.isRegularFile(p), "sample " + p + " exists"));
        int before = DeepProfileValidator.chainBuilds();

        Report report =
                NemsValidator.builder().catalog(RuleCatalog.builtIn()).build().validate(creates);

        assertEquals(creates.size(), report.files().size());
        assertEquals(before, DeepProfileValidator.chainBuilds(), "the default path built a deep validation chain");
    }

    @Test
    void aDeepValidatorBuildsNothingUntilItIsFirstUsed() {
        int before = DeepProfileValidator.chainBuilds();

        DeepProfileValidator.withProjectProfile();

        assertEquals(before, DeepProfileValidator.chainBuilds());
    }
}
