package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierConfigFileNameTest {
    /** Findings name the configuration by its file name alone, so that they read the same on every machine. */
    @ParameterizedTest
    @CsvSource({
        "nems-rules.yaml, nems-rules.yaml",
        "config/nems-rules.yaml, nems-rules.yaml",
        "/nems-rules.yaml, nems-rules.yaml",
        "/home/ci/project/supplier.yaml, supplier.yaml"
    })
    void theFileNameIsTheSourceWithoutItsDirectories(String shown, String expected) throws ConfigException {
        assertEquals(
                expected,
                SupplierConfig.read(shown, ConfigFixtures.CONFIG_YAML, false, Path.of(""))
                        .fileName());
    }
}
