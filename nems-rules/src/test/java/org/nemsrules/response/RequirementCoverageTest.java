package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.LOCATION;
import static org.nemsrules.response.Answers.READ;
import static org.nemsrules.response.Answers.answered;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;
import org.nemsrules.report.RequirementCoverage;
import org.nemsrules.report.RequirementCoverage.Status;
import org.nemsrules.report.RequirementCoverageWriter;
import org.nemsrules.report.ToolInfo;

/**
 * What recordings prove of each requirement, from what rules say they examined: never from the text of a file, and
 * nothing from a rule that was skipped.
 */
class RequirementCoverageTest {
    private static FileResult validated(RuleCatalog catalog, String http) {
        return NemsValidator.builder()
                .catalog(catalog)
                .build()
                .validate(new HttpFileReader().read("answers.http", http.getBytes(StandardCharsets.UTF_8)));
    }

    private static RequirementCoverage coverage(String http) {
        FileResult file = validated(RuleCatalog.builtIn(), http);
        return RequirementCoverage.of(
                new Report(List.of(file), RuleCatalog.builtIn().metadata()));
    }

    private static Status status(RequirementCoverage coverage, String id) {
        return coverage.entry(id).orElseThrow().status();
    }

    @Test
    void aCleanAnswerDemonstratesWhatItsRulesExaminedAndNamesTheRequest() {
        RequirementCoverage coverage = coverage(answered(CREATE_XML, "HTTP/1.1 201 Created", LOCATION, ""));

        RequirementCoverage.Entry answers = coverage.entry("R-HTTP-09").orElseThrow();
        assertEquals(Status.DEMONSTRATED, answers.status());
        assertEquals(1, answers.demonstratedCount());
        assertEquals("answers.http", answers.demonstratedBy().get(0).file());
        assertTrue(answers.demonstratedBy().get(0).label().startsWith("POST "), answers::toString);
        assertEquals(Status.DEMONSTRATED, status(coverage, "R-HDR-01"), "the header rules report what they examine");
    }

    @Test
    void aBrokenAnswerIsAViolationWithItsFinding() {
        RequirementCoverage coverage = coverage(answered(CREATE_XML, "HTTP/1.1 200 OK", LOCATION, ""));

        RequirementCoverage.Entry answers = coverage.entry("R-HTTP-09").orElseThrow();
        assertEquals(Status.VIOLATED, answers.status());
        assertEquals(SuccessStatusRule.ID, answers.violations().get(0).ruleId());
    }

    @Test
    void withoutARecordedAnswerTheResponseRequirementIsNotExercisedAndSaysWhatWouldExerciseIt() {
        RequirementCoverage coverage = coverage(READ);

        assertEquals(Status.NOT_EXERCISED, status(coverage, "R-HTTP-09"));
        assertEquals(Status.NOT_STATICALLY_CHECKABLE, status(coverage, "R-NHS-04"));
        assertEquals(Status.NOT_STATICALLY_CHECKABLE, status(coverage, "R-SUB-15"));
    }

    /** A rule of the test's own that examines every request but does not say, in its metadata, that it reports it. */
    static final class Unmeasured implements InteractionRule {
        static final RuleMetadata METADATA = RuleMetadata.builder("subscription.test-unmeasured")
                .title("a test rule")
                .description("judges every request, silently")
                .severity(Severity.ERROR)
                .requirements("R-SUB-01")
                .fix("none")
                .build();

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void check(RuleContext context, FindingSink sink) {
            sink.examined();
        }
    }

    @Test
    void aRequirementWhoseRulesDoNotPromiseToReportWhatTheyExamineIsNotMeasuredNotDemonstrated() {
        FileResult file = validated(RuleCatalog.of(List.of(new Unmeasured())), CREATE_XML);
        RequirementCoverage coverage = RequirementCoverage.of(new Report(List.of(file), List.of(Unmeasured.METADATA)));

        assertEquals(Status.NOT_MEASURED, status(coverage, "R-SUB-01"));
        assertEquals(Status.NO_RULE, status(coverage, "R-SUB-02"), "no rule of the run cites it");
    }

    /** A rule of the test's own that needs the bearer token and says it examined every request it is given. */
    static final class NeedsTheToken implements InteractionRule {
        static final RuleMetadata METADATA = RuleMetadata.builder("jwt.test-needs-the-token")
                .title("a test rule")
                .description("examines every request whose token can be read")
                .severity(Severity.ERROR)
                .requirements("R-JWT-01")
                .reportsExamination()
                .fix("none")
                .build();

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public Set<ViewKey<?>> requiredViews() {
            return Set.of(BearerToken.VIEW);
        }

        @Override
        public void check(RuleContext context, FindingSink sink) {
            sink.examined();
        }
    }

    @Test
    void aRuleSkippedBecauseItsViewIsAbsentOrBrokenExaminesNothingAndDemonstratesNothing() {
        RuleCatalog catalog = RuleCatalog.of(List.of(new NeedsTheToken()));
        String withToken = READ;
        String noToken = READ.replaceAll("(?m)^Authorization: .*\n", "");
        String brokenToken = READ.replaceAll("(?m)^Authorization: Bearer .*$", "Authorization: Bearer not.a.token");

        assertEquals(
                List.of(List.of(NeedsTheToken.METADATA.id())),
                validated(catalog, withToken).examinedBy());
        for (String http : List.of(noToken, brokenToken)) {
            FileResult file = validated(catalog, http);
            assertEquals(List.of(List.of()), file.examinedBy(), http);
            RequirementCoverage coverage =
                    RequirementCoverage.of(new Report(List.of(file), List.of(NeedsTheToken.METADATA)));
            assertEquals(Status.NOT_EXERCISED, status(coverage, "R-JWT-01"), http);
        }
    }

    @Test
    void theHtmlPageEscapesWhatItQuotesAndHasNoScript() throws Exception {
        String hostile = READ.replace("Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03", "Subscription/<b>x");
        RequirementCoverage coverage = coverage(hostile);
        assertEquals(Status.VIOLATED, status(coverage, "R-HTTP-07"), coverage.entry("R-HTTP-07")::toString);
        StringWriter html = new StringWriter();
        new RequirementCoverageWriter(ToolInfo.current()).write(coverage, RequirementCoverageWriter.Format.HTML, html);

        assertTrue(html.toString().contains("&lt;b&gt;x"), html.toString());
        assertFalse(html.toString().contains("<b>x"), "a recorded value is never markup");
        assertFalse(html.toString().contains("<script"));
        assertTrue(html.toString().contains("Content-Security-Policy"));
    }

    @Test
    void theJsonAndMarkdownNameEveryRequirementWithItsStatus() throws Exception {
        RequirementCoverage coverage = coverage(answered(CREATE_XML, "HTTP/1.1 200 OK", LOCATION, ""));
        StringWriter json = new StringWriter();
        new RequirementCoverageWriter(ToolInfo.current()).write(coverage, RequirementCoverageWriter.Format.JSON, json);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
        assertEquals(coverage.entries().size(), tree.get("requirements").size());
        assertTrue(tree.get("summary").get("violated").asInt(-1) >= 1, json::toString);
        assertEquals(
                "R-HTTP-09",
                tree.get("requirements").findValues("id").stream()
                        .map(com.fasterxml.jackson.databind.JsonNode::asText)
                        .filter("R-HTTP-09"::equals)
                        .findFirst()
                        .orElseThrow());
        StringWriter markdown = new StringWriter();
        new RequirementCoverageWriter(ToolInfo.current())
                .write(coverage, RequirementCoverageWriter.Format.MARKDOWN, markdown);
        assertTrue(markdown.toString().contains("| R-HTTP-09: "), markdown.toString());
        assertTrue(markdown.toString().contains(" | violated | answers.http:"), markdown.toString());
        assertTrue(markdown.toString().contains("Open Government Licence v3.0"));
    }
}
