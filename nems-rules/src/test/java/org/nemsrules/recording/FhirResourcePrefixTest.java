package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Isolated("it captures the JVM's stderr to show that nothing is written to it")
class FhirResourcePrefixTest {
    @TempDir
    Path dir;

    static Stream<Arguments> json() {
        return Stream.of(
                Arguments.of("a Subscription", "{\"resourceType\": \"Subscription\", \"status\": \"requested\"}", true),
                Arguments.of(
                        "resourceType after other members",
                        "{\"meta\": {\"profile\": [\"x\"]}, \"status\": "
                                + "\"requested\", \"resourceType\": \"Subscription\"}",
                        true),
                Arguments.of(
                        "a byte order mark and white space first", "\uFEFF\n\n  {\"resourceType\": \"Bundle\"}", true),
                Arguments.of("broken after resourceType", "{\"resourceType\": \"Subscription\", \"status\": ", true),
                Arguments.of(
                        "broken before resourceType",
                        "{\"status\" \"requested\", \"resourceType\": \"Subscription\"}",
                        true),
                Arguments.of(
                        "package.json", "{\n  \"name\": \"client\",\n  \"scripts\": {\"test\": \"jest\"}\n}\n", false),
                Arguments.of(
                        "tsconfig.json with comments",
                        "{\n  // strict\n  \"compilerOptions\": {\"strict\": true}\n}",
                        false),
                Arguments.of(
                        "resourceType only in a nested object", "{\"entry\": {\"resourceType\": \"Patient\"}}", false),
                Arguments.of("an array", "[1, 2, 3]", false),
                Arguments.of("garbage", "\u0000\u0001 not json at all", false),
                Arguments.of("garbage naming resourceType", "<<\"resourceType\" garbage", true),
                Arguments.of("empty", "", false),
                Arguments.of("nested ten thousand deep", "{\"a\":".repeat(10_000), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void json(String what, String content, boolean resource) {
        assertEquals(resource, FhirResourcePrefix.json(content.getBytes(StandardCharsets.UTF_8)), what);
    }

    static Stream<Arguments> xml() {
        return Stream.of(
                Arguments.of(
                        "a Subscription",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Subscription "
                                + "xmlns=\"http://hl7.org/fhir\"><status value=\"requested\"/></Subscription>",
                        true),
                Arguments.of("a prefixed root", "<f:Bundle xmlns:f=\"http://hl7.org/fhir\"/>", true),
                Arguments.of(
                        "a byte order mark, comments and instructions first",
                        "\uFEFF<?xml version=\"1.0\"?>\n"
                                + "<!-- recorded 2026-01-05 -->\n<?pi data?>\n  <Patient xmlns=\"http://hl7.org/fhir\"/>",
                        true),
                Arguments.of(
                        "a Subscription without its namespace",
                        "<Subscription><status value=\"x\"/></Subscription>",
                        true),
                Arguments.of(
                        "a DOCTYPE naming a file",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE Subscription [<!ENTITY e "
                                + "SYSTEM \"file:///etc/hostname\">]>\n<Subscription xmlns=\"http://hl7.org/fhir\">&e;"
                                + "</Subscription>",
                        true),
                Arguments.of(
                        "a billion laughs",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                                + "<lolz>&lol3;</lolz>",
                        false),
                Arguments.of(
                        "broken after the root", "<Subscription xmlns=\"http://hl7.org/fhir\"><status </oops>", true),
                Arguments.of(
                        "logback-test.xml",
                        "<?xml version=\"1.0\"?>\n<configuration>\n  <root level=\"INFO\"/>\n" + "</configuration>\n",
                        false),
                Arguments.of(
                        "a Maven settings file", "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\"/>", false),
                Arguments.of("garbage", "\u0000 not xml", false),
                Arguments.of("empty", "", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void xml(String what, String content, boolean resource) {
        assertEquals(
                resource,
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5), () -> FhirResourcePrefix.xml(content.getBytes(StandardCharsets.UTF_8))),
                what);
    }

    @Test
    void onlyThePrefixOfAFileIsReadSoAHugeFileIsJudgedFromItsStart() throws IOException {
        // The rest is never read: a hundred megabytes of spaces before the closing brace cost nothing.
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write("{\"resourceType\": \"Subscription\", \"criteria\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(spaces);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FhirResourcePrefix.looksLikeResource(big)));
        Path data = Files.writeString(dir.resolve("data.json"), "{\"rows\": [" + "1,".repeat(100_000) + "1]}");
        assertFalse(
                FhirResourcePrefix.looksLikeResource(data), "no resourceType in the prefix, nor a way to finish it");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsJudgedByItsContent() throws IOException {
        Path utf16 = Files.write(
                dir.resolve("utf16.json"),
                "\uFEFF{\"resourceType\": \"Subscription\"}".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(FhirResourcePrefix.looksLikeResource(utf16));
        Path utf16le = Files.write(
                dir.resolve("utf16le.xml"),
                ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                                + "<Subscription xmlns=\"http://hl7.org/fhir\"/>")
                        .getBytes(StandardCharsets.UTF_16LE));
        assertTrue(FhirResourcePrefix.looksLikeResource(utf16le));
    }

    @Test
    void brokenBytesAreJudgedWithoutAWordOnStandardError() throws Exception {
        // The JDK's XML parser prints "[Fatal Error] …" to stderr for bytes that are not UTF-8; a user must not see it.
        byte[] notUtf8 = {'<', 'S', 'u', 'b', (byte) 0xE2, (byte) 0x28, (byte) 0xA1, '>', (byte) 0xFF, (byte) 0xFE};
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FhirResourcePrefix.xml(notUtf8);
            FhirResourcePrefix.json(notUtf8);
            FhirResourcePrefix.xml("\u0000 not xml <<<".getBytes(StandardCharsets.UTF_8));
            FhirResourcePrefix.xml("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".getBytes(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyBareResourceExtensionsAreJudged() {
        assertTrue(FhirResourcePrefix.judges(Path.of("a/b.JSON")));
        assertTrue(FhirResourcePrefix.judges(Path.of("b.xml")));
        assertFalse(FhirResourcePrefix.judges(Path.of("b.http")));
        assertFalse(FhirResourcePrefix.judges(Path.of("b.har")));
        assertFalse(FhirResourcePrefix.judges(Path.of("b.txt")));
    }
}
