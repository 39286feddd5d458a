package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.recording.rules.EnvironmentFileRule;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

/** How a run chooses IDE environments and reports the environment files it could not use. */
class EnvironmentRunTest {
    private static final String REQUEST = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n";

    @TempDir
    Path project;

    private NemsValidator.Builder builder() {
        return NemsValidator.builder().baseDirectory(project).threads(2);
    }

    @Test
    void anEnvironmentFileThatCannotBeUsedIsAFindingOnThatFileAtItsLine() throws IOException {
        Files.createDirectories(project.resolve("nems"));
        Files.writeString(project.resolve("nems/http-client.env.json"), "{\n  \"dev\": {\"host\": }\n}\n");
        Files.writeString(project.resolve("nems/a.http"), REQUEST);
        Files.writeString(project.resolve("nems/b.http"), REQUEST);

        Report report = builder().build().validate(List.of(project.resolve("nems")));

        FileResult environmentFile = report.files().stream()
                .filter(f -> f.path().equals("nems/http-client.env.json"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, environmentFile.findings().size(), "reported once, however many recordings use it");
        Finding finding = environmentFile.findings().get(0);
        assertEquals(EnvironmentFileRule.ID, finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(2, finding.location().line());
        assertTrue(finding.message().startsWith("it is not valid JSON: Unexpected character"), finding.message());
    }

    @Test
    void oneFileValidatedAloneCarriesTheProblemOfItsEnvironmentFile() throws IOException {
        Files.writeString(project.resolve("http-client.env.json"), "{\n  \"dev\": 1\n}\n");
        Files.writeString(project.resolve("a.http"), REQUEST);

        FileResult result = builder().build().validateFile(project.resolve("a.http"));

        Finding finding = result.findings().stream()
                .filter(f -> f.ruleId().equals(EnvironmentFileRule.ID))
                .findFirst()
                .orElseThrow();
        assertEquals("a.http", finding.location().file());
        assertEquals(0, finding.location().line());
        assertEquals(
                "http-client.env.json:2: environment 'dev' is a number, not an object of variables such as "
                        + "{\"host\": \"…\"}",
                finding.message());
    }

    @Test
    void anEnvironmentNoFileDefinesRefusesTheRunWithTheNearestName() throws IOException {
        Files.writeString(project.resolve("http-client.env.json"), "{\"dev\": {}, \"int\": {}}");
        Files.writeString(project.resolve("a.http"), REQUEST);
        NemsValidator validator = builder().httpEnvironment("ind").build();

        UnknownEnvironmentException e =
                assertThrows(UnknownEnvironmentException.class, () -> validator.validate(List.of(project)));
        assertEquals(
                "environment 'ind' is not defined by any environment file of the .http recordings: "
                        + "http-client.env.json defines dev, int; did you mean 'int'?",
                e.getMessage());
        assertThrows(UnknownEnvironmentException.class, () -> validator.validateFile(project.resolve("a.http")));
    }

    @Test
    void anEnvironmentChosenForARunWithoutHttpRecordingsIsSaidInANote() throws IOException {
        Files.writeString(project.resolve("create.har"), "{\"log\": {\"entries\": []}}");

        Report report = builder().httpEnvironment("dev").build().validate(List.of(project));

        assertTrue(
                report.notes()
                        .contains("the environment 'dev' was chosen, but no .http recording was checked; "
                                + "only .http recordings have environments"),
                report.notes()::toString);
    }

    @Test
    void aBlankEnvironmentNameIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> NemsValidator.builder().httpEnvironment(" "));
    }
}
