package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds on a configuration file, on the errors listed and on a parser message quoted: at and past each. */
class ConfigLimitsTest {

    @TempDir
    Path dir;

    private Path fileOf(int bytes) throws Exception {
        String yaml = ConfigFixtures.CONFIG_YAML;
        String padding = "#" + "x".repeat(bytes - yaml.length() - 2) + "\n";
        byte[] content = (yaml + padding).getBytes(StandardCharsets.UTF_8);
        assertEquals(bytes, content.length);
        return Files.write(dir.resolve("nems-rules.yaml"), content);
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws Exception {
        Path file = fileOf((int) SupplierConfig.MAX_BYTES);
        assertEquals(2, SupplierConfig.load(file).judgedEnvironments().size());
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedWithItsSize() throws Exception {
        Path file = fileOf((int) SupplierConfig.MAX_BYTES + 1);
        assertEquals(
                List.of(file + ":1: (file): is 1,048,577 bytes, above the limit of 1,048,576 bytes for a "
                        + "configuration; it lists systems, mailboxes and environments, not data"),
                assertThrows(ConfigException.class, () -> SupplierConfig.load(file))
                        .errors());
    }

    private static List<String> numbered(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "c.yaml:" + i + ": x: wrong")
                .toList();
    }

    @Test
    void upToTheLimitEveryErrorIsListed() {
        List<String> errors = numbered(ConfigException.MAX_ERRORS);
        assertEquals(errors, new ConfigException(errors).errors());
    }

    @Test
    void pastTheLimitTheRestAreCounted() {
        List<String> expected = new ArrayList<>(numbered(ConfigException.MAX_ERRORS));
        expected.add("... and 2 more problems, not listed");
        assertEquals(expected, new ConfigException(numbered(ConfigException.MAX_ERRORS + 2)).errors());
    }

    @Test
    void aParserMessageOfUpTo160CharactersIsKeptWholeAndALongerOneClipped() {
        assertEquals("y".repeat(160), SourceQuote.parserMessage("y".repeat(160)));
        assertEquals("y".repeat(160) + "\u2026", SourceQuote.parserMessage("y".repeat(161)));
    }
}
