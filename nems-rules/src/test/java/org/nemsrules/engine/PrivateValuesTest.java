package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.HttpEnvironment;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.recording.Recording;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;

/**
 * A value from {@code http-client.private.env.json} is substituted into the request, and shown nowhere: not in a
 * message that quotes it whole or clipped, not in a request's label, in no report format, with or without
 * {@code --no-redact}.
 */
class PrivateValuesTest {
    /** Not a valid ASID, so {@code header.asid-format} quotes it. */
    private static final String ASID = "2000-PRIVATE-0359";
    /** Not a FHIR id, so {@code http.invalid-id} quotes the path that holds it. */
    private static final String ID = "private_subscription_id_7731";
    /** Longer than a message quotes a value whole, so the message quotes its start, clipped. */
    private static final String LONG = "urn:private:" + "interaction-".repeat(30);

    private static final HttpEnvironment ENVIRONMENT = new HttpEnvironment(
            "dev",
            Map.of(
                    "asid", new HttpEnvironment.Variable(ASID, "http-client.private.env.json", true),
                    "id", new HttpEnvironment.Variable(ID, "http-client.private.env.json", true),
                    "interaction", new HttpEnvironment.Variable(LONG, "http-client.private.env.json", true),
                    "host",
                            new HttpEnvironment.Variable(
                                    "clinicals.spineservices.nhs.uk", "http-client.env.json", false),
                    "pin", new HttpEnvironment.Variable("123", "http-client.private.env.json", true)),
            "");

    @TempDir
    Path noRecordings;

    /** The request as the reader makes it once the variables are substituted. */
    private static Interaction substituted() {
        String text = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/" + ID + " HTTP/1.1\n"
                + "fromASID: " + ASID + "\n"
                + "toASID: 928942012545\n"
                + "InteractionID: " + LONG + "\n";
        Recording recording = new HttpFileReader().read("nems/get.http", text.getBytes(StandardCharsets.UTF_8));
        return recording.interactions().get(0);
    }

    private static FileResult unmasked() {
        NemsValidator validator = NemsValidator.builder().threads(1).build();
        Interaction request = substituted();
        return new FileResult("nems/get.http", List.of(request.label()), validator.validate(request));
    }

    @Test
    void theRulesQuoteThePrivateValuesSoTheMaskHasSomethingToDo() {
        String messages = unmasked().findings().toString() + unmasked().interactions();
        assertTrue(messages.contains(ASID), messages);
        assertTrue(messages.contains(ID), messages);
        assertTrue(
                messages.contains(LONG.substring(0, 100)) && !messages.contains(LONG), "quoted clipped: " + messages);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noReportFormatShowsAPrivateValueWithOrWithoutRedaction(ReportFormat format) throws IOException {
        FileResult masked = PrivateValues.of(ENVIRONMENT).mask(unmasked());
        Report report = new Report(List.of(masked), RuleCatalog.discover().metadata());
        for (Redactor redactor : List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS)) {
            StringWriter out = new StringWriter();
            format.writer(false, noRecordings, redactor).write(report.redacted(redactor), out);
            String written = out.toString();
            for (String secret : List.of(ASID, ID, LONG.substring(0, 40))) {
                assertFalse(written.contains(secret), format + " shows " + secret + ":\n" + written);
            }
            assertTrue(
                    written.contains("private {{asid}}")
                            || format == ReportFormat.OPERATION_OUTCOME && written.contains("private"),
                    format + " names the variable instead:\n" + written);
        }
    }

    @Test
    void aValueIsReplacedByTheNameOfItsVariableWholeOrClipped() {
        PrivateValues values = PrivateValues.of(ENVIRONMENT);

        assertEquals(
                "fromASID '\u2026[private {{asid}}]' is not 12 digits",
                values.mask("fromASID '" + ASID + "' is not 12 digits"));
        assertEquals(
                "InteractionID '\u2026[private {{interaction}}]\u2026 (372 characters)'",
                values.mask("InteractionID '" + Echo.of(LONG) + "'"));
        assertEquals(
                "at line 123, the host clinicals.spineservices.nhs.uk",
                values.mask("at line 123, the host clinicals.spineservices.nhs.uk"),
                "short and public values stay");
    }

    @Test
    void aFindingsFingerprintDoesNotDependOnThePrivateValue() {
        Finding one = new Finding(
                "header.asid-format",
                Severity.ERROR,
                "fromASID '" + ASID + "' is wrong",
                new Location("nems/get.http", 0, 2, null, "header:fromASID"),
                "R-HDR-02",
                400,
                null);
        HttpEnvironment other = new HttpEnvironment(
                "dev", Map.of("asid", new HttpEnvironment.Variable("another-private-asid", "x", true)), "");
        Finding two = new Finding(
                "header.asid-format",
                Severity.ERROR,
                "fromASID 'another-private-asid' is wrong",
                new Location("nems/get.http", 0, 2, null, "header:fromASID"),
                "R-HDR-02",
                400,
                null);

        FileResult first = PrivateValues.of(ENVIRONMENT).mask(new FileResult("nems/get.http", List.of(), List.of(one)));
        FileResult second = PrivateValues.of(other).mask(new FileResult("nems/get.http", List.of(), List.of(two)));

        assertEquals(
                first.findings().get(0).fingerprint(), second.findings().get(0).fingerprint());
    }

    @Test
    void aRunMasksThePrivateValuesOfTheEnvironmentEachHttpRecordingWasReadWith(@TempDir Path project)
            throws IOException {
        // Until the reader substitutes {{asid}}, the value is written in the recording as substitution would leave it.
        Files.writeString(project.resolve("http-client.private.env.json"), "{\"dev\": {\"asid\": \"" + ASID + "\"}}");
        Files.writeString(project.resolve("http-client.env.json"), "{\"dev\": {}}");
        Files.writeString(project.resolve("get.http"), substitutedText());

        Report report = NemsValidator.builder()
                .baseDirectory(project)
                .httpEnvironment("dev")
                .threads(1)
                .build()
                .validate(List.of(project));

        assertEquals(
                List.of("get.http"),
                report.files().stream().map(FileResult::path).toList(),
                "environment files are not recordings");
        String all = report.findings().toList().toString();
        assertFalse(all.contains(ASID), all);
        assertTrue(all.contains("\u2026[private {{asid}}]"), all);
    }

    private static String substitutedText() {
        return "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n" + "fromASID: " + ASID
                + "\n";
    }
}
