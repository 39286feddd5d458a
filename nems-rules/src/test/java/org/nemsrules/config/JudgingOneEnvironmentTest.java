package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code judging(name)}: a run that stands in for one environment judges that one alone, whatever judge says. */
class JudgingOneEnvironmentTest {
    @Test
    void judgingNamesTheOneEnvironmentJudged() {
        SupplierConfig config = ConfigFixtures.CONFIG;
        assertEquals(List.of("live", "int"), names(config.judgedEnvironments()));

        SupplierConfig onlyInt = config.judging("int");

        assertEquals(List.of("int"), names(onlyInt.judgedEnvironments()));
        assertEquals(config.environments(), onlyInt.environments());
        assertEquals(config.systems(), onlyInt.systems());
    }

    @Test
    void judgingOverridesTheFilesOwnJudge() {
        SupplierConfig judgesLive = ConfigFixtures.config(ConfigFixtures.CONFIG_YAML + "judge: [live]\n");

        assertEquals(List.of("int"), names(judgesLive.judging("int").judgedEnvironments()));
    }

    @Test
    void anUnknownEnvironmentIsRefusedWithTheConfiguredOnesNamed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ConfigFixtures.CONFIG.judging("dep"));

        assertEquals("no environment 'dep' in nems-rules.yaml; configured: live, int", e.getMessage());
    }

    @Test
    void aConfigurationWithoutEnvironmentsSaysSo() {
        SupplierConfig none =
                ConfigFixtures.config("systems:\n  - asid: \"918999198738\"\n    organisations: [A99968]\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> none.judging("live"));

        assertEquals("no environment 'live' in nems-rules.yaml, which configures none", e.getMessage());
    }

    private static List<String> names(List<SupplierConfig.Environment> environments) {
        return environments.stream().map(SupplierConfig.Environment::name).toList();
    }
}
