package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.Report;
import org.nemsrules.report.TextReportWriter;

/** A run without a configuration says once which checks it could not make. */
class UnavailableChecksTest {
    private static final String NOTE = "no supplier configuration (nems-rules.yaml) was given, so 5 checks were not "
            + "possible: config.environment, config.mailbox, config.organisation-not-allowed, config.to-asid, "
            + "config.unknown-system (see docs/configuration.md)";

    @Test
    void withoutAConfigurationTheConfigChecksAreNamed() {
        assertEquals(Optional.of(NOTE), NemsValidator.builder().build().unavailableChecks());
    }

    @Test
    void withAConfigurationNothingIsMissing() {
        assertEquals(
                Optional.empty(),
                NemsValidator.builder()
                        .configuration(ConfigFixtures.CONFIG)
                        .build()
                        .unavailableChecks());
    }

    @Test
    void checksTurnedOffAreNotMissed() {
        assertEquals(
                Optional.empty(),
                NemsValidator.builder().disable("config.*").build().unavailableChecks());
    }

    @Test
    void theTextReportSaysItOnceAfterTheSummary(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.http"), "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/1\n");
        Files.writeString(dir.resolve("b.http"), "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/2\n");
        Report report = NemsValidator.builder().baseDirectory(dir).build().validate(List.of(dir));
        StringWriter out = new StringWriter();
        new TextReportWriter(false).write(report, out);
        List<String> notes =
                out.toString().lines().filter(l -> l.startsWith("note: ")).toList();
        assertEquals(List.of("note: " + NOTE), notes);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(lines.size() - 2).startsWith("2 files, 2 requests: "), out.toString());
    }

    @Test
    void theConfigurationsSeveritiesAndInstantReachTheValidator() throws Exception {
        SupplierConfig config = ConfigFixtures.config(ConfigFixtures.CONFIG_YAML
                + "rules:\n  config.*: warning\n  config.mailbox: off\njudgingInstant: 2026-01-05T09:02:00Z\n");
        NemsValidator validator = config.applyTo(NemsValidator.builder()).build();
        assertEquals(Optional.of(config), validator.configuration());
        ConfigFixtures.Request r = new ConfigFixtures.Request();
        r.toAsid = "928942012546";
        r.endpoint = "Mailbox1234";
        List<String> found = validator.validate(r.build()).stream()
                .filter(f -> f.ruleId().startsWith("config."))
                .map(f -> f.ruleId() + " " + f.severity().label())
                .toList();
        assertEquals(List.of("config.to-asid warning"), found);
    }

    @Test
    void aConfigurationFileIsFoundByItsConventionalNames(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), SupplierConfig.find(dir));
        Files.writeString(dir.resolve("nems-rules.yml"), "systems: []\n");
        assertEquals(Optional.of(dir.resolve("nems-rules.yml")), SupplierConfig.find(dir));
        Files.writeString(dir.resolve("nems-rules.yaml"), "systems: []\n");
        assertEquals(Optional.of(dir.resolve("nems-rules.yaml")), SupplierConfig.find(dir));
    }

    @Test
    void aRelativeBaselineIsResolvedBesideTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nems-rules.yaml");
        Files.writeString(file, "baseline: nems-baseline.txt\n");
        assertEquals(
                Optional.of(dir.toAbsolutePath().resolve("nems-baseline.txt")),
                SupplierConfig.load(file).baseline());
    }

    @Test
    void theConfigurationsJudgingInstantIsTheOneTheTokenIsJudgedAt() throws Exception {
        SupplierConfig config =
                ConfigFixtures.config(ConfigFixtures.CONFIG_YAML + "judgingInstant: 2026-01-05T10:00:00Z\n");
        NemsValidator validator = config.applyTo(NemsValidator.builder()).build();
        List<String> expired = validator.validate(new ConfigFixtures.Request().build()).stream()
                .filter(f -> f.ruleId().equals("jwt.token-expired"))
                .map(f -> f.message())
                .toList();
        assertEquals(1, expired.size(), expired::toString);
        assertTrue(expired.get(0).contains("2026-01-05T10:00:00Z"), expired.get(0));
    }
}
