package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file that is not a configuration is not echoed to stderr: an error quotes at most 80 characters of a line, and a
 * file none of whose keys is a configuration's quotes nothing.
 */
class ConfigQuotingTest {
    private static final String LONG = "x".repeat(300);
    private static final String CLIPPED = "x".repeat(80) + "…";

    private static List<String> errors(String text, boolean json) {
        return assertThrows(
                        ConfigException.class,
                        () -> SupplierConfig.read(json ? "c.json" : "c.yaml", text, json, Path.of("")))
                .errors();
    }

    private static void assertNoMoreThan80Characters(List<String> errors) {
        for (String error : errors) {
            assertFalse(error.contains("x".repeat(81)), error);
        }
    }

    @Test
    void aShadowLikeFileIsOneLineThatQuotesNothingOfIt() {
        String shadow = """
                root:$6$Gx1ZyNXhvP0Sq3Ug$hvV0x1Q0UQh8kbz3ZW0yzVr9qBfaVx7W0cBzb1sdG2n0Ah1bq0lqq1l0u3Xm1ZaaqG6Vqz4uKp2bS8mS3pCx0.:19700:0:99999:7:::
                daemon:*:19700:0:99999:7:::
                bin:*:19700:0:99999:7:::
                sys:*:19700:0:99999:7:::
                """;

        List<String> errors = errors(shadow, false);

        assertEquals(
                List.of("c.yaml:1: (root): is not a NEMS Rules configuration: none of its 4 top-level keys is one "
                        + "of systems, mailboxes, environments, judge, rules, baseline, judgingInstant (see "
                        + "docs/configuration.md)"),
                errors);
    }

    @Test
    void oneLongUnknownKeyIsQuotedClippedInThePathAndTheMessage() {
        assertEquals(
                List.of("c.yaml:1: " + CLIPPED + ": unknown property '" + CLIPPED + "'; expected one of systems, "
                        + "mailboxes, environments, judge, rules, baseline, judgingInstant"),
                errors(LONG + ": 1\n", false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a duplicate key, YAML|'\"LONG\": 1\\n\"LONG\": 2\\n'|false",
                "a duplicate key, JSON|'{\"LONG\": 1, \"LONG\": 2}'|true",
                "a bare token, JSON|LONG|true",
                "a rule name|'rules:\\n  LONG: error\\n'|false",
                "an environment name|'environments:\\n  LONG: {nemsAsid: \"1\", endpoint: x}\\n'|false",
                "a judged environment|'judge: [\"LONG\"]\\nenvironments: {}\\n'|false",
                "a baseline|'baseline: LONG/../../b.txt\\n'|false"
            })
    void whateverAnErrorQuotesOfALongLineIsAtMost80Characters(String what, String template, boolean json) {
        String text = template.replace("\\n", "\n").replace("LONG", LONG);

        List<String> errors = errors(text, json);

        assertNoMoreThan80Characters(errors);
        assertTrue(errors.stream().anyMatch(e -> e.contains("x".repeat(80) + "…")), what + ": " + errors);
    }

    @Test
    void aKeyWithALineBreakStaysOnOneLine() {
        List<String> errors = errors("\"sys\\ntems\": []\n", false);
        assertEquals(1, errors.size(), errors.toString());
        assertFalse(errors.get(0).contains("\n"), errors.get(0));
    }
}
