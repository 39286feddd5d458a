package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken configuration files, each with the exact one-line errors a supplier sees. */
class ConfigSchemaTest {
    private static final String FILE = "nems-rules.yaml";

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken(
                        "an unquoted ASID is read as a number",
                        "systems:\n  - asid: 918999198738\n    organisations: [A99968]\n",
                        "nems-rules.yaml:2: systems[0].asid: must be a 12-digit ASID in quotes, such as \"200000000205\""),
                broken(
                        "an ASID of 11 digits",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: [A99968]\n"
                                + "  - asid: \"91899919873\"\n    organisations: [RX7]\n",
                        "nems-rules.yaml:4: systems[1].asid: must be a 12-digit ASID in quotes, such as \"200000000205\""),
                broken(
                        "a misspelt key inside a system",
                        "systems:\n  - asdi: \"918999198738\"\n    organisations: [A99968]\n",
                        "nems-rules.yaml:2: systems[0].asdi: unknown property 'asdi'; did you mean 'asid'?",
                        "nems-rules.yaml:2: systems[0].asid: is required but missing"),
                broken(
                        "a misspelt top-level key",
                        "sytems:\n  - asid: \"918999198738\"\n    organisations: [A99968]\n",
                        "nems-rules.yaml:1: sytems: unknown property 'sytems'; did you mean 'systems'?"),
                broken(
                        "an unknown top-level key with no near name",
                        "colour: blue\n",
                        "nems-rules.yaml:1: colour: unknown property 'colour'; expected one of systems, mailboxes, "
                                + "environments, judge, rules, baseline, judgingInstant"),
                broken(
                        "two unknown top-level keys with no near name",
                        "colour: blue\nflavour: sweet\n",
                        "nems-rules.yaml:1: (root): is not a NEMS Rules configuration: none of its 2 top-level keys is "
                                + "one of systems, mailboxes, environments, judge, rules, baseline, judgingInstant (see "
                                + "docs/configuration.md)"),
                broken(
                        "a key as near to two names, judge and rules",
                        "judes: [int]\n",
                        "nems-rules.yaml:1: judes: unknown property 'judes'; did you mean 'judge'?"),
                broken(
                        "a rule three edits from its id",
                        "rules:\n  jwt.scope-va: error\n",
                        "nems-rules.yaml:2: rules.jwt.scope-va: no rule is called 'jwt.scope-va'; did you mean "
                                + "'jwt.scope-value'?"),
                broken(
                        "a system without organisations",
                        "systems:\n  - asid: \"918999198738\"\n",
                        "nems-rules.yaml:2: systems[0].organisations: is required but missing"),
                broken(
                        "a lower-case ODS code",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: [a99968]\n",
                        "nems-rules.yaml:3: systems[0].organisations[0]: must be an ODS code: 3 to 10 upper-case "
                                + "letters and digits, such as A83006"),
                broken(
                        "an empty list of organisations",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: []\n",
                        "nems-rules.yaml:3: systems[0].organisations: must be a non-empty list of distinct ODS codes"),
                broken(
                        "an organisation listed twice",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: [A99968, A99968]\n",
                        "nems-rules.yaml:3: systems[0].organisations: must be a non-empty list of distinct ODS codes"),
                broken(
                        "systems written as a mapping",
                        "systems:\n  asid: \"918999198738\"\n",
                        "nems-rules.yaml:1: systems: object found, array expected"),
                broken(
                        "a mailbox id with a space",
                        "mailboxes:\n  - id: A99968 OT001\n    organisation: A99968\n",
                        "nems-rules.yaml:2: mailboxes[0].id: must be a MESH mailbox id: letters, digits, '-' and '_', "
                                + "such as Mailbox1234"),
                broken(
                        "a mailbox without its organisation",
                        "mailboxes:\n  - id: A99968OT001\n",
                        "nems-rules.yaml:2: mailboxes[0].organisation: is required but missing"),
                broken(
                        "an http endpoint",
                        "environments:\n  live:\n    nemsAsid: \"928942012545\"\n"
                                + "    endpoint: http://clinicals.spineservices.nhs.uk\n",
                        "nems-rules.yaml:4: environments.live.endpoint: must be an https base URL without query or "
                                + "fragment, such as https://clinicals.spineservices.nhs.uk"),
                broken(
                        "an endpoint with a query",
                        "environments:\n  live:\n    nemsAsid: \"928942012545\"\n"
                                + "    endpoint: https://clinicals.spineservices.nhs.uk?x=1\n",
                        "nems-rules.yaml:4: environments.live.endpoint: must be an https base URL without query or "
                                + "fragment, such as https://clinicals.spineservices.nhs.uk"),
                broken(
                        "an environment name in capitals",
                        "environments:\n  Live:\n    nemsAsid: \"928942012545\"\n"
                                + "    endpoint: https://clinicals.spineservices.nhs.uk\n",
                        "nems-rules.yaml:2: environments.Live: must be a lower-case environment name such as int, dep "
                                + "or live"),
                broken(
                        "an environment key in the wrong case",
                        "environments:\n  live:\n    nemsASID: \"928942012545\"\n"
                                + "    endpoint: https://clinicals.spineservices.nhs.uk\n",
                        "nems-rules.yaml:2: environments.live.nemsAsid: is required but missing",
                        "nems-rules.yaml:3: environments.live.nemsASID: unknown property 'nemsASID'; did you mean "
                                + "'nemsAsid'?"),
                broken(
                        "a NEMS ASID with a letter",
                        "environments:\n  live:\n    nemsAsid: \"92894201254O\"\n"
                                + "    endpoint: https://clinicals.spineservices.nhs.uk\n",
                        "nems-rules.yaml:3: environments.live.nemsAsid: must be a 12-digit ASID in quotes, such as "
                                + "\"200000000205\""),
                broken(
                        "judge written as one name",
                        "judge: live\n",
                        "nems-rules.yaml:1: judge: string found, array expected"),
                broken(
                        "judging an environment that is not configured",
                        "judge: [int]\nenvironments:\n  live:\n    nemsAsid: \"928942012545\"\n"
                                + "    endpoint: https://clinicals.spineservices.nhs.uk\n",
                        "nems-rules.yaml:1: judge[0]: environment 'int' is not configured; expected one of live"),
                broken(
                        "a severity that does not exist",
                        "rules:\n  jwt.*: fatal\n",
                        "nems-rules.yaml:2: rules.jwt.*: must be one of error, warning, info, off"),
                broken(
                        "a misspelt rule id",
                        "rules:\n  jwt.scope-valu: off\n",
                        "nems-rules.yaml:2: rules.jwt.scope-valu: no rule is called 'jwt.scope-valu'; did you mean "
                                + "'jwt.scope-value'?"),
                broken(
                        "a category without '.*'",
                        "rules:\n  JWT: off\n",
                        "nems-rules.yaml:2: rules.JWT: must be a rule id such as 'jwt.scope-value' or a category such "
                                + "as 'jwt.*'"),
                broken(
                        "an unknown category",
                        "rules:\n  jtw.*: warning\n",
                        "nems-rules.yaml:2: rules.jtw.*: no rule category is called 'jtw.*'; did you mean 'jwt.*'?"),
                broken(
                        "an empty baseline path",
                        "baseline: \"\"\n",
                        "nems-rules.yaml:1: baseline: must be a non-empty path"),
                broken(
                        "a judging instant without a time",
                        "judgingInstant: 2026-01-05\n",
                        "nems-rules.yaml:1: judgingInstant: must be an ISO-8601 UTC instant such as 2026-01-05T09:02:00Z"),
                broken(
                        "a judging instant with an offset",
                        "judgingInstant: 2026-01-05T09:02:00+01:00\n",
                        "nems-rules.yaml:1: judgingInstant: must be an ISO-8601 UTC instant such as 2026-01-05T09:02:00Z"),
                broken(
                        "an unclosed flow sequence",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: [A99968\n",
                        "nems-rules.yaml:3: (syntax): is not valid YAML: while parsing a flow sequence"),
                broken(
                        "a key written twice",
                        "systems: []\nsystems: []\n",
                        "nems-rules.yaml:2: (syntax): is not valid YAML: Duplicate field 'systems'"),
                broken("a list at the top", "- a\n- b\n", "nems-rules.yaml:1: (root): array found, object expected"),
                broken(
                        "a system listed twice",
                        "systems:\n  - asid: \"918999198738\"\n    organisations: [A99968]\n"
                                + "  - asid: \"918999198738\"\n    organisations: [RX7]\n",
                        "nems-rules.yaml:4: systems[1].asid: ASID '918999198738' is already listed at systems[0] "
                                + "(line 2); list each ASID once"),
                broken(
                        "a mailbox listed twice",
                        "mailboxes:\n  - id: A99968OT001\n    organisation: A99968\n"
                                + "  - id: A99968OT001\n    organisation: RX7\n",
                        "nems-rules.yaml:4: mailboxes[1].id: mailbox 'A99968OT001' is already listed at mailboxes[0] "
                                + "(line 2); list each mailbox once"),
                broken(
                        "only a comment",
                        "# nothing\n",
                        "nems-rules.yaml:1: (root): the file is empty; expected a mapping with systems, mailboxes and "
                                + "environments (see docs/configuration.md)"));
    }

    private static Arguments broken(String why, String yaml, String... errors) {
        return Arguments.of(why, yaml, List.of(errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesExactlyItsErrors(String why, String yaml, List<String> expected) {
        ConfigException e =
                assertThrows(ConfigException.class, () -> SupplierConfig.read(FILE, yaml, false, Path.of("")));
        assertEquals(expected, e.errors());
    }

    @Test
    void atLeastTwentyBrokenFilesAreHeldToTheirErrors() {
        assertEquals(true, brokenFiles().count() >= 20);
    }

    @Test
    void jsonErrorsNameTheLineToo() {
        String json = "{\n  \"systems\": [\n    {\"asid\": \"1\", \"organisations\": [\"A99968\"]}\n  ]\n}\n";
        ConfigException e = assertThrows(
                ConfigException.class, () -> SupplierConfig.read("nems-rules.json", json, true, Path.of("")));
        assertEquals(
                List.of("nems-rules.json:3: systems[0].asid: must be a 12-digit ASID in quotes, such as "
                        + "\"200000000205\""),
                e.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theLinesOfErrorsAreTheSameWithCrAloneOrCrLfAsLineEnds(String why, String yaml, List<String> expected) {
        for (String eol : List.of("\r", "\r\n")) {
            ConfigException e = assertThrows(
                    ConfigException.class,
                    () -> SupplierConfig.read(FILE, yaml.replace("\n", eol), false, Path.of("")));
            assertEquals(
                    expected, e.errors(), "line ends " + eol.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    @Test
    void unquotedOffIsTheSeverityOff() throws Exception {
        SupplierConfig config =
                SupplierConfig.read(FILE, "rules:\n  jwt.scope-value: off\n  jwt.*: info\n", false, Path.of(""));
        assertEquals(java.util.Map.of("jwt.scope-value", "off", "jwt.*", "info"), config.rules());
    }

    @Test
    void theExampleInTheDocumentationIsValid() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "configuration.md"), StandardCharsets.UTF_8);
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String example = page.substring(start, page.indexOf("```", start));
        SupplierConfig config = SupplierConfig.read("configuration.md", example, false, Path.of(""));
        assertEquals(
                java.util.Set.of("A99968"),
                config.organisationsOf("918999198738").orElseThrow());
        assertEquals(java.util.List.of("live"), config.judged());
        assertEquals("off", config.rules().get("criteria.percent-encoded"));
    }

    @Test
    void theSchemaInTheJarIsTheOnePublishedInDocs() throws Exception {
        Path published = Path.of("..", "docs", "nems-rules.schema.json");
        assertEquals(
                Files.readString(published, StandardCharsets.UTF_8),
                ConfigSchema.text(),
                "docs/nems-rules.schema.json must be a copy of " + ConfigSchema.RESOURCE);
    }

    @Test
    void aFileThatIsNotUtf8IsOneError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        ConfigException e = assertThrows(ConfigException.class, () -> SupplierConfig.load(file));
        assertEquals(List.of(file.toString().replace('\\', '/') + ":1: (file): is not UTF-8 text"), e.errors());
    }
}
