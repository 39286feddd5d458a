package org.nemsrules.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.Instant;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.recording.HttpFileReader;

/**
 * Fuzzes the whole validator on a whole {@code .http} recording (docs/fuzzing.md): the reader, then every rule,
 * including those off by default and those that judge against a supplier configuration (the samples' own
 * {@code nems-rules.yaml}). The promise: any recording gives findings, never an exception, and no rule or view
 * parser throws inside the engine either (which the engine would report as an internal error, see
 * {@link InternalErrors}). The deep profile validator is left off: it is HAPI's, and too slow to fuzz.
 * Seeds are the sample recordings, in {@code NemsValidatorFuzzTestInputs/validatesAnyRecording}.
 */
class NemsValidatorFuzzTest {
    private static final NemsValidator VALIDATOR = validator();

    @FuzzTest(maxDuration = "7m")
    void validatesAnyRecording(byte[] bytes) {
        InternalErrors.assertNone(VALIDATOR
                .validate(new HttpFileReader().read("fuzz.http", bytes))
                .findings());
    }

    private static NemsValidator validator() {
        NemsValidator.Builder builder = NemsValidator.builder()
                .judgingInstant(Instant.parse("2026-01-05T09:02:00Z"))
                .threads(1);
        RuleCatalog.builtIn().metadata().forEach(rule -> builder.enable(rule.id()));
        try {
            // nems.samples is set by the surefire configuration in nems-rules/pom.xml.
            return SupplierConfig.load(Path.of(System.getProperty("nems.samples"), "nems-rules.yaml"))
                    .applyTo(builder)
                    .build();
        } catch (ConfigException e) {
            throw new IllegalStateException("the samples' nems-rules.yaml does not load: " + e.getMessage(), e);
        }
    }
}
