package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;
import org.hl7.fhir.dstu3.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * HAPI's strict parser is the check of every outcome: HAPI's {@code FhirValidator} accepted them too when tried,
 * but building it takes over 15 seconds on the project's machines, too slow for every build.
 */
class OperationOutcomeReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();

    private static JsonNode written(Report report) throws Exception {
        return MAPPER.readTree(Reports.write(new OperationOutcomeReportWriter(Reports.TOOL), report));
    }

    /** Parses an outcome as HAPI does in strict mode: an unknown element or a bad code value throws. */
    static OperationOutcome strictlyParsed(JsonNode outcome) {
        return FHIR.newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(OperationOutcome.class, outcome.toString());
    }

    private static JsonNode outcomeOf(JsonNode outcomes, int i) {
        return outcomes.get(i).get("operationOutcome");
    }

    @Test
    void eachRequestGetsAnEntryAndFileLevelFindingsOneOfTheirOwn() throws Exception {
        JsonNode outcomes = written(Reports.sample()).get("outcomes");

        List<String> entries = new ArrayList<>();
        outcomes.forEach(
                o -> entries.add(o.get("file").textValue() + "#" + o.get("interaction") + " " + o.get("status")));
        assertEquals(
                List.of(
                        Reports.UNREADABLE + "#null null",
                        Reports.CLEAN + "#0 \"200 OK\"",
                        Reports.SPACED + "#null null",
                        Reports.SPACED + "#0 \"400 Bad Request\"",
                        Reports.SPACED + "#1 \"200 OK\""),
                entries);
        assertEquals(
                "POST /STU3/Subscription (line 1)",
                outcomes.get(3).get("request").textValue());
        assertEquals(400, outcomes.get(3).get("httpStatus").intValue());
        assertTrue(outcomes.get(0).get("request").isNull()
                && outcomes.get(0).get("httpStatus").isNull());
        assertEquals(
                "nems-check", written(Reports.sample()).get("tool").get("name").textValue());
    }

    @Test
    void everyOutcomeIsValidStu3AndMarkedAsAPrediction() throws Exception {
        JsonNode outcomes = written(Reports.sample()).get("outcomes");
        int checked = 0;
        for (JsonNode entry : outcomes) {
            JsonNode outcome = entry.get("operationOutcome");
            if (outcome.isNull()) {
                continue;
            }
            OperationOutcome parsed = strictlyParsed(outcome);
            assertFalse(parsed.getIssue().isEmpty());
            assertEquals(1, parsed.getMeta().getTag().size());
            assertEquals(
                    "https://example.org/nems/docs/reports.md#operation-outcome",
                    parsed.getMeta().getTagFirstRep().getSystem());
            assertEquals("predicted", parsed.getMeta().getTagFirstRep().getCode());
            checked++;
        }
        assertEquals(4, checked);
    }

    @Test
    void theStrictParserWouldCatchAnOutcomeThatIsNotStu3() {
        // Shows the check above can fail: an issue without its mandatory code and with an unknown element.
        String broken = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"codez\":\"x\"}]}";
        org.junit.jupiter.api.Assertions.assertThrows(
                DataFormatException.class,
                () -> FHIR.newJsonParser()
                        .setParserErrorHandler(new StrictErrorHandler())
                        .parseResource(OperationOutcome.class, broken));
    }

    @Test
    void anErrorBecomesAnIssueWithTheSpineCodeItsDisplayDiagnosticsAndLocation() throws Exception {
        OperationOutcome outcome =
                strictlyParsed(outcomeOf(written(Reports.sample()).get("outcomes"), 3));

        OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertEquals(IssueSeverity.ERROR, issue.getSeverity());
        assertEquals(IssueType.INVALID, issue.getCode());
        assertEquals(1, issue.getDetails().getCoding().size());
        assertEquals(
                "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
                issue.getDetails().getCodingFirstRep().getSystem());
        assertEquals(
                "MISSING_OR_INVALID_HEADER",
                issue.getDetails().getCodingFirstRep().getCode());
        assertEquals(
                "There is a required header missing or invalid",
                issue.getDetails().getCodingFirstRep().getDisplay());
        assertEquals(Reports.NASTY + " [jwt.scope-value, R-JWT-07, at jwt.claims.scope]", issue.getDiagnostics());
        assertEquals("http.Authorization", issue.getLocation().get(0).getValue());
    }

    @Test
    void warningsAndInfosKeepTheirSeverityAndPointAtTheHeaderOrElement() throws Exception {
        OperationOutcome outcome =
                strictlyParsed(outcomeOf(written(Reports.sample()).get("outcomes"), 4));

        assertEquals(2, outcome.getIssue().size());
        OperationOutcomeIssueComponent warning = outcome.getIssue().get(0);
        assertEquals(IssueSeverity.WARNING, warning.getSeverity());
        assertEquals("http.InteractionID", warning.getLocation().get(0).getValue());
        OperationOutcomeIssueComponent info = outcome.getIssue().get(1);
        assertEquals(IssueSeverity.INFORMATION, info.getSeverity());
        assertEquals(IssueType.INFORMATIONAL, info.getCode());
        assertFalse(info.hasDetails(), "a finding NEMS would not answer with a Spine code gets no coding");
        assertEquals(
                "/f:Subscription/f:channel/f:payload", info.getLocation().get(0).getValue());
    }

    @Test
    void anUnreadableFileIsAnOutcomeWithoutARequestOrStatus() throws Exception {
        JsonNode entry = written(Reports.sample()).get("outcomes").get(0);
        OperationOutcome outcome = strictlyParsed(entry.get("operationOutcome"));

        assertTrue(entry.get("interaction").isNull());
        assertEquals(IssueType.INVALID, outcome.getIssueFirstRep().getCode());
        assertEquals(
                "the file could not be read: AccessDenied [recording.unreadable-file]",
                outcome.getIssueFirstRep().getDiagnostics());
        assertTrue(outcome.getIssueFirstRep().getLocation().isEmpty(), "no path, no location");
    }

    @Test
    void aRequestWithoutFindingsHasNoOutcome() throws Exception {
        JsonNode clean = written(Reports.sample()).get("outcomes").get(1);

        assertTrue(clean.get("operationOutcome").isNull());
        assertEquals(
                "DELETE /STU3/Subscription/abc (line 1)", clean.get("request").textValue());
    }

    @Test
    void anEmptyReportHasNoOutcomes() throws Exception {
        JsonNode written = written(new Report(List.of(), List.of()));

        assertTrue(written.get("outcomes").isArray());
        assertEquals(0, written.get("outcomes").size());
    }

    @Test
    void theRunsNotesAreANotesArrayOfTheEnvelopeNotIssuesOfAPredictedAnswer() throws Exception {
        JsonNode withNotes = written(Reports.sampleWithNotes());
        JsonNode without = written(Reports.sample());

        List<String> notes = new ArrayList<>();
        withNotes.get("notes").forEach(note -> notes.add(note.textValue()));
        assertEquals(Reports.NOTES, notes);
        List<String> fields = new ArrayList<>();
        withNotes.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("tool", "outcomes", "notes"), fields);
        // NEMS would not say what our run could not check: the predicted answers are the same with or without notes.
        assertEquals(without.get("outcomes"), withNotes.get("outcomes"));
        assertTrue(without.get("notes").isArray() && without.get("notes").isEmpty());
    }

    @Test
    void issuesAreOrderedErrorsFirstSoTheDecidingOneLeads() throws Exception {
        Finding info = finding("a.note", Severity.INFO, 2, null, null);
        Finding warning = finding("a.warn", Severity.WARNING, 3, null, null);
        Finding error = finding("a.error", Severity.ERROR, 9, 422, "INVALID_RESOURCE");
        JsonNode entry = written(oneRequest("POST /STU3/Subscription (line 1)", info, warning, error))
                .get("outcomes")
                .get(0);

        List<IssueSeverity> severities = strictlyParsed(entry.get("operationOutcome")).getIssue().stream()
                .map(OperationOutcomeIssueComponent::getSeverity)
                .toList();
        assertEquals(List.of(IssueSeverity.ERROR, IssueSeverity.WARNING, IssueSeverity.INFORMATION), severities);
        assertEquals("422 Unprocessable Entity", entry.get("status").textValue());
    }

    @ParameterizedTest
    @CsvSource({
        "'POST /STU3/Subscription (line 1)', 201",
        "'Subscription resource', 201",
        "'GET /STU3/Subscription/abc (line 4)', 200",
        "'DELETE /STU3/Subscription/abc (line 4)', 200"
    })
    void aRequestWithoutErrorsIsPredictedToSucceed(String label, int status) {
        Finding warning = finding("a.warn", Severity.WARNING, 3, 400, "BAD_REQUEST");
        assertEquals(
                status,
                OperationOutcomeReportWriter.status(label, List.of(warning)),
                "a warning, even one that names an answer, does not decide the status");
        assertEquals(status, OperationOutcomeReportWriter.status(label, List.of()));
    }

    @Test
    void theFirstErrorWithAnAnswerDecidesAndAnErrorWithoutOneIsABadRequest() {
        String create = "POST /STU3/Subscription (line 1)";
        Finding media = finding("mime.x", Severity.ERROR, 3, 415, "UNSUPPORTED_MEDIA_TYPE");
        Finding header = finding("header.x", Severity.ERROR, 5, 400, "MISSING_OR_INVALID_HEADER");
        Finding unanswered = finding("plugin.x", Severity.ERROR, 2, null, null);
        Finding accepted = finding("criteria.x", Severity.ERROR, 2, 201, "DEPRECATED");

        assertEquals(415, OperationOutcomeReportWriter.status(create, List.of(media, header)));
        assertEquals(
                415, OperationOutcomeReportWriter.status(create, List.of(header, media)), "the file's order decides");
        assertEquals(415, OperationOutcomeReportWriter.status(create, List.of(unanswered, media)));
        assertEquals(400, OperationOutcomeReportWriter.status(create, List.of(unanswered)));
        assertEquals(
                400,
                OperationOutcomeReportWriter.status(create, List.of(accepted)),
                "an error means a rejection even when its rule names a success");
    }

    @Test
    void theRequestLineIsJudgedBeforeHeadersTheTokenAndTheBodyWhateverTheLines() {
        String create = "POST /STU3/Subscription (line 1)";
        Finding body = at("subscription.x", 2, "Subscription.reason", 422, "INVALID_RESOURCE");
        Finding token = at("jwt.x", 1, "jwt.claims.scope", 403, "ACCESS_DENIED");
        Finding header = at("mime.x", 5, "header:Content-Type", 415, "UNSUPPORTED_MEDIA_TYPE");
        Finding missingHeader = at("header.x", 1, "header:fromASID", 400, "MISSING_OR_INVALID_HEADER");
        Finding method = at("http.x", 1, "request-line", 405, "MSG_RESOURCE_ID_FAIL");

        assertEquals(405, OperationOutcomeReportWriter.status(create, List.of(body, token, missingHeader, method)));
        assertEquals(400, OperationOutcomeReportWriter.status(create, List.of(body, token, header, missingHeader)));
        assertEquals(415, OperationOutcomeReportWriter.status(create, List.of(body, token, header)));
        assertEquals(403, OperationOutcomeReportWriter.status(create, List.of(body, token)));
    }

    private static Finding at(String rule, int line, String path, int status, String code) {
        return new Finding(rule, Severity.ERROR, "m", new Location("a.http", 0, line, null, path), "", status, code);
    }

    @Test
    void anInferredAnswerIsSaidInTheDiagnostics() {
        RuleMetadata inferred = RuleMetadata.builder("jwt.scope-interaction")
                .title("t")
                .description("d")
                .severity(Severity.ERROR)
                .inferredAnswer(403, "ACCESS_DENIED")
                .fix("f")
                .build();
        Finding f = finding("jwt.scope-interaction", Severity.ERROR, 3, 403, "ACCESS_DENIED");

        OperationOutcomeIssueComponent issue = OperationOutcomeReportWriter.issue(f, inferred);

        assertTrue(issue.getDiagnostics().endsWith(OperationOutcomeReportWriter.INFERRED_NOTE), issue.getDiagnostics());
        assertEquals(
                "ACCESS DENIED",
                issue.getDetails().getCodingFirstRep().getCode(),
                "the code system's spelling, with a space (ambiguity 19)");
        assertEquals(IssueType.FORBIDDEN, issue.getCode());
        assertFalse(
                OperationOutcomeReportWriter.issue(f, Reports.SCOPE)
                        .getDiagnostics()
                        .contains(OperationOutcomeReportWriter.INFERRED_NOTE),
                "an explicit answer carries no note");
    }

    @Test
    void messagesWithNewlinesPercentsAndQuotesSurviveTheRoundTrip() throws Exception {
        String message = "50% of \"scope\",\nsecond line: <x> & 'y'";
        Finding f = new Finding(
                "a.x", Severity.ERROR, message, new Location("a.http", 0, 2, 4, "body"), "", 400, "BAD_REQUEST");
        JsonNode entry = written(oneRequest("POST /STU3/Subscription (line 1)", f))
                .get("outcomes")
                .get(0);

        assertEquals(
                message + " [a.x, at body]",
                strictlyParsed(entry.get("operationOutcome")).getIssueFirstRep().getDiagnostics());
    }

    @ParameterizedTest
    @CsvSource({
        "header:Content-Type, http.Content-Type",
        "jwt.claims.scope, http.Authorization",
        "Subscription.contact[0].value, /f:Subscription/f:contact[1]/f:value",
        "Subscription.criteria, /f:Subscription/f:criteria",
        "request-line, ''",
        "body, ''",
        "'', ''",
        "Subscription.contact[99999999999].value, ''"
    })
    void logicalPathsBecomeStu3Locations(String path, String location) {
        assertEquals(location, IssueLocation.of(path).orElse(""));
    }

    /**
     * The answer the simulator sends holds what NEMS would answer: every issue with a Spine coding, as
     * Spine-OperationOutcome-1 requires; our advice without a code is left out, an error without one is BAD_REQUEST.
     */
    @Test
    void theAnswerAsNemsWouldSendItHoldsOnlyIssuesWithASpineCode() {
        Finding coded = finding("http.unsupported-method", Severity.ERROR, 1, 400, "BAD_REQUEST");
        Finding uncodedError = finding("config.environment", Severity.ERROR, 1, null, null);
        Finding advice = finding("jwt.audience-host", Severity.WARNING, 3, null, null);
        Finding codedWarning = finding("criteria.event-deprecated", Severity.WARNING, 9, 201, "DEPRECATED");

        OperationOutcome answer = new OperationOutcomeReportWriter(ToolInfo.current())
                .answer(List.of(coded, uncodedError, advice, codedWarning), java.util.Map.of());

        List<String> issues = answer.getIssue().stream()
                .map(i -> i.getSeverity().toCode() + " "
                        + i.getDetails().getCodingFirstRep().getCode() + " "
                        + i.getDetails().getCodingFirstRep().getDisplay())
                .toList();
        assertEquals(
                List.of(
                        "error BAD_REQUEST Bad request",
                        "error BAD_REQUEST Bad request",
                        "warning DEPRECATED " + SpineErrorCode.DEPRECATED.display()),
                issues);
        assertTrue(answer.getIssue().get(1).getDiagnostics().startsWith("message of config.environment"));
        assertTrue(answer.getIssue().stream().noneMatch(i -> i.getDiagnostics().contains("jwt.audience-host")));
    }

    private static Finding finding(String rule, Severity severity, int line, Integer status, String code) {
        return new Finding(
                rule, severity, "message of " + rule, new Location("a.http", 0, line, null, ""), "", status, code);
    }

    private static Report oneRequest(String label, Finding... findings) {
        return new Report(List.of(new FileResult("a.http", List.of(label), List.of(findings))), List.of());
    }
}
