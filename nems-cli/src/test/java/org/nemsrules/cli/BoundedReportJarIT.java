package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar over recordings made to swell the report, and holds it to docs/limits.md: thousands of
 * suppressions give at most 100 findings of each suppression rule and one that counts the rest, a megabyte
 * where a value should be is quoted as 200 characters and its length, and {@code --deep} refuses a body with
 * more elements than it accepts, saying so, rather than running for minutes.
 */
class BoundedReportJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    @Test
    void twoHundredThousandSuppressionsGiveAFewHundredFindings(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("# nems-rules: ignore bogus.rule").append(i).append('\n');
        }
        text.append(Files.readString(SAMPLES.resolve("valid/read.http")));
        Files.writeString(dir.resolve("suppressions.http"), text);

        PipesAndDevicesJarIT.Run run = HostileInputJarIT.run(dir, List.of("-Xmx512m"), 0, 300, "--format", "json", ".");

        assertEquals(0, run.exit(), "suppression findings are warnings\n" + run.err());
        assertEquals(2 * 101, count(run.out(), "\"rule\" : \"suppression."), "100 of each of two rules, and a count");
        assertTrue(
                run.out()
                        .contains("199,900 more findings of suppression.unknown-rule in this request are not "
                                + "listed (at most 100 are)"),
                run.out().substring(0, 2_000));
        assertTrue(run.out().length() < 200_000, run.out().length() + " characters of report");
        System.out.printf(
                "200,000 suppressions: %,d ms, %,d characters of report%n",
                run.millis(), run.out().length());
    }

    @Test
    void aMegabyteWhereAValueShouldBeIsQuotedAsTwoHundredCharacters(@TempDir Path dir) throws Exception {
        String megabyte = "9".repeat(1 << 20);
        String read = Files.readString(SAMPLES.resolve("valid/read.http"));
        Files.writeString(
                dir.resolve("interaction-id.http"),
                read.replace(
                        "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet",
                        "InteractionID: " + megabyte));
        Files.writeString(
                dir.resolve("accept.http"),
                read.replace("Accept: application/fhir+xml;charset=utf-8", "Accept: " + megabyte));
        String create = Files.readString(SAMPLES.resolve("valid/create-explicit.http"));
        Files.writeString(dir.resolve("nhs-number.http"), create.replace("9990000018", megabyte));

        PipesAndDevicesJarIT.Run run = HostileInputJarIT.run(dir, List.of("-Xmx512m"), 0, 300, "--no-redact", ".");

        assertEquals(1, run.exit(), run.err());
        for (String file : List.of("interaction-id.http", "accept.http", "nhs-number.http")) {
            assertTrue(run.out().contains(file), "each file has findings:\n" + run.out());
        }
        assertTrue(
                run.out().contains("9".repeat(200) + "\u2026 (1,048,576 characters)"),
                "quoted, clipped, with its length");
        Matcher run9 = Pattern.compile("9{201,}").matcher(run.out());
        assertFalse(run9.find(), "no more than 200 characters of the value");
        assertTrue(run.out().lines().allMatch(line -> line.length() < 1_200), "every finding is short");
        assertTrue(run.out().length() < 50_000, run.out().length() + " characters of report");
    }

    @Test
    void deepValidationRefusesABodyOfAHundredThousandExtensionsAndSaysSo(@TempDir Path dir) throws Exception {
        String create = Files.readString(SAMPLES.resolve("valid/create-explicit.http"));
        String extensions =
                "<extension url=\"https://example.org/x\"><valueString value=\"v\"/></extension>\n".repeat(100_000);
        Files.writeString(
                dir.resolve("extensions.http"),
                create.replace("  <status value=\"requested\"/>", extensions + "  <status value=\"requested\"/>"),
                StandardCharsets.UTF_8);

        PipesAndDevicesJarIT.Run run = HostileInputJarIT.run(dir, List.of("-Xmx512m"), 0, 120, "--deep", ".");

        assertTrue(
                run.out().contains("subscription.profile EMS-Subscription-1: not validated: the body has 200,0"),
                run.out());
        assertTrue(run.out().contains("elements, above the limit of 5,000 that deep validation accepts"), run.out());
        System.out.printf("--deep over 100,000 extensions: %,d ms%n", run.millis());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
