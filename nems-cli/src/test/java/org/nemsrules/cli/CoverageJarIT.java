package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/** {@code --coverage FILE}: what the recordings prove of each requirement, beside the report, from the real jar. */
class CoverageJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @BeforeEach
    void recordings() throws Exception {
        Files.createDirectories(dir.resolve("recordings"));
        Files.copy(SAMPLES.resolve("valid/answered-as-nems-answers.http"), dir.resolve("recordings/answers.http"));
        Files.copy(SAMPLES.resolve("invalid/response-create-answered-200.http"), dir.resolve("recordings/200.http"));
        Files.copy(SAMPLES.resolve("nems-rules.yaml"), dir.resolve("nems-rules.yaml"));
    }

    @Test
    void theJsonCoverageNamesEveryRequirementWithWhatProvesIt() throws Exception {
        Run run = NemsCheckJarIT.run(dir, "--coverage", "target/coverage.json", "--format", "json", "recordings");

        assertEquals(1, run.exit(), run.err());
        JsonNode coverage = new ObjectMapper()
                .readTree(Files.readString(dir.resolve("target/coverage.json"), StandardCharsets.UTF_8));
        JsonNode answers = requirement(coverage, "R-HTTP-09");
        assertEquals("violated", answers.get("status").asText());
        assertEquals(
                "recordings/200.http",
                answers.get("violations").get(0).get("file").asText());
        assertEquals(
                "response.success-status",
                answers.get("violations").get(0).get("rule").asText());
        assertEquals(
                "demonstrated", requirement(coverage, "R-HDR-01").get("status").asText());
        assertEquals(
                "not statically checkable",
                requirement(coverage, "R-NHS-04").get("status").asText());
        assertFalse(requirement(coverage, "R-NHS-04").get("why").asText().isBlank());
        JsonNode interactions = coverage.get("matrix").get("interactions");
        assertEquals(
                "create read delete",
                interactions.findValuesAsText("interaction").stream()
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        assertEquals(
                List.of(2, 1, 1),
                interactions.findValues("total").stream().map(JsonNode::asInt).toList());
        assertTrue(run.out().startsWith("{"), "the report still goes to stdout");
    }

    @Test
    void theMarkdownCoverageIsATableRedactedAsTheReportIs() throws Exception {
        // Its finding quotes the NHS number in requesting_patient.
        Files.copy(
                SAMPLES.resolve("invalid/jwt-requesting-patient-invalid-nhs-number.http"),
                dir.resolve("recordings/patient.http"));
        Run shown = NemsCheckJarIT.run(dir, "--no-redact", "--coverage", "shown.md", "recordings");
        Run run = NemsCheckJarIT.run(dir, "--coverage", "coverage.md", "recordings");

        assertEquals(1, run.exit(), run.err());
        String markdown = Files.readString(dir.resolve("coverage.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# Requirement coverage\n"), markdown);
        assertTrue(markdown.contains("| R-HTTP-09: "), markdown);
        assertEquals(1, shown.exit(), shown.err());
        assertTrue(
                Files.readString(dir.resolve("shown.md"), StandardCharsets.UTF_8)
                        .contains("6101231234"),
                "asked for, the number is shown");
        assertFalse(markdown.contains("6101231234"), "NHS numbers are masked as in the report");
    }

    @Test
    void anUnknownExtensionOrAnInputAsTheCoverageFileIsAOneLineUsageError() throws Exception {
        Run html = NemsCheckJarIT.run(dir, "--coverage", "coverage.txt", "recordings");
        assertEquals(2, html.exit(), html.err());
        assertEquals(
                List.of("nems-check: --coverage coverage.txt: the format follows the extension, .json, .md or .html"),
                html.err().lines().toList());

        Run input = NemsCheckJarIT.run(dir, "--coverage", "recordings/x.json", "recordings");
        assertEquals(2, input.exit(), input.err());
        assertTrue(
                input.err().startsWith("nems-check: --coverage recordings/x.json: lies in the input directory"),
                input.err());
        assertFalse(Files.exists(dir.resolve("coverage.txt")));
    }

    private static JsonNode requirement(JsonNode coverage, String id) {
        for (JsonNode requirement : coverage.get("requirements")) {
            if (requirement.get("id").asText().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError(id + " is not in the coverage");
    }
}
