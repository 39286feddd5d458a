package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.dstu3.model.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.criteria.EventDeprecatedRule;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.model.Interaction;
import org.nemsrules.report.OperationOutcomeReportWriter;
import org.nemsrules.report.ToolInfo;
import org.nemsrules.subscription.EventTypeCatalogue;
import org.nemsrules.subscription.EventTypeState;

/** What the simulator answers to each kind of request: statuses, headers, Spine codes and bodies. */
class SimulatorAnswersTest {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();
    private static final Instant NOW = Instant.parse("2026-01-05T09:01:00Z");
    private static final String SPINE_CODES = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    private final NemsSimulator simulator =
            NemsSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @Test
    void aCreateWithoutErrorIsStoredActiveAndAnsweredWithItsLocationAndNoBody() {
        SimulatedRequest create = Requests.create();

        Exchange exchange = simulator.handle(create);

        SimulatedResponse response = exchange.response();
        assertFalse(exchange.hasErrors(), exchange.findings().toString());
        assertEquals(201, response.status());
        String location = response.header("Location").orElseThrow();
        assertTrue(
                location.matches("https://clinicals\\.spineservices\\.nhs\\.uk/STU3/Subscription/[0-9a-f]{32}"),
                location);
        assertEquals(0, response.body().length);
        assertTrue(response.header("Content-Type").isEmpty());
        Map<String, Subscription> held = simulator.subscriptions();
        assertEquals(List.of(Requests.idOf(response)), List.copyOf(held.keySet()));
        Subscription stored = held.get(Requests.idOf(response));
        assertEquals(Subscription.SubscriptionStatus.ACTIVE, stored.getStatus());
        assertEquals("1", stored.getMeta().getVersionId());
        assertEquals(Date.from(NOW), stored.getMeta().getLastUpdated());
        assertEquals(NOW, exchange.received());
        assertEquals(1, exchange.sequence());
    }

    @Test
    void theLocationIsOnTheHostAndPathTheCreateWasSentTo() {
        SimulatedRequest create = Requests.create();
        SimulatedRequest elsewhere = new SimulatedRequest(
                create.method(),
                java.net.URI.create("http://localhost:8089/nems/STU3/Subscription"),
                create.headers(),
                create.body());

        SimulatedResponse response = simulator.handle(elsewhere).response();

        assertEquals(201, response.status(), response.bodyText());
        assertTrue(
                response.header("Location")
                        .orElseThrow()
                        .matches("http://localhost:8089/nems/STU3/Subscription/[0-9a-f]{32}"),
                response.header("Location").orElseThrow());
    }

    @Test
    void aCreateNamingADeprecatedEventIsAcceptedWithTheDeprecationInItsBody() {
        EventTypeCatalogue deprecating =
                EventTypeCatalogue.standard().withState("pds-change-of-address-1", EventTypeState.DEPRECATED);
        List<Rule> rules = RuleCatalog.builtInRules().stream()
                .map(r -> r instanceof EventDeprecatedRule ? new EventDeprecatedRule(deprecating) : r)
                .toList();
        NemsSimulator deprecated = NemsSimulator.builder()
                .validator(
                        NemsValidator.builder().catalog(RuleCatalog.of(rules)).build())
                .build();

        Exchange exchange = deprecated.handle(Requests.create());
        SimulatedResponse response = exchange.response();

        assertEquals(201, response.status());
        assertTrue(response.header("Location").isPresent());
        assertEquals(
                List.of("criteria.event-deprecated WARNING DEPRECATED"),
                exchange.findings().stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.spineCode())
                        .toList());
        assertEquals(
                "application/fhir+xml;charset=utf-8",
                response.header("Content-Type").orElseThrow());
        OperationOutcome outcome = FHIR.newXmlParser().parseResource(OperationOutcome.class, response.bodyText());
        assertEquals(1, outcome.getIssue().size());
        OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertEquals(OperationOutcome.IssueSeverity.WARNING, issue.getSeverity());
        assertEquals(SPINE_CODES, issue.getDetails().getCodingFirstRep().getSystem());
        assertEquals("DEPRECATED", issue.getDetails().getCodingFirstRep().getCode());
        assertTrue(issue.getDiagnostics().contains("pds-change-of-address-1"), issue.getDiagnostics());
        assertTrue(issue.getDiagnostics().contains(EventDeprecatedRule.ID), issue.getDiagnostics());
        assertEquals(1, deprecated.subscriptions().size());
    }

    @Test
    void theSameCriteriaFromTheSameOrganisationIsADuplicate() {
        SimulatedResponse first = simulator.handle(Requests.create()).response();
        SimulatedResponse second = simulator.handle(Requests.create()).response();

        assertEquals(201, first.status());
        assertEquals(409, second.status());
        OperationOutcomeIssueComponent issue = onlyIssue(second);
        assertEquals(OperationOutcome.IssueSeverity.ERROR, issue.getSeverity());
        assertEquals(
                "DUPLICATE_REJECTED", issue.getDetails().getCodingFirstRep().getCode());
        assertTrue(issue.getDiagnostics().contains(Requests.idOf(first)), issue.getDiagnostics());
        assertTrue(
                issue.getDiagnostics()
                        .endsWith("The status and Spine code are inferred: no NEMS page names this case."),
                issue.getDiagnostics());
        assertEquals(1, simulator.subscriptions().size());
    }

    @Test
    void aDeletedSubscriptionIsNoDuplicateAndCanBeCreatedAgain() {
        String first = Requests.idOf(simulator.handle(Requests.create()).response());
        assertEquals(200, simulator.handle(Requests.delete(first)).response().status());

        SimulatedResponse again = simulator.handle(Requests.create()).response();

        assertEquals(201, again.status(), again.bodyText());
        assertNotEquals(first, Requests.idOf(again));
        assertEquals(409, simulator.handle(Requests.create()).response().status(), "the new one is held now");
        assertEquals(1, simulator.subscriptions().size());
    }

    @Test
    void theSameCriteriaFromAnotherOrganisationIsNoDuplicate() {
        SimulatedRequest fromA99968 = Requests.create();
        SimulatedRequest fromB86011 = Requests.withClaims(fromA99968, claims -> claims.replace("|A99968", "|B86011"));

        SimulatedResponse first = simulator.handle(fromA99968).response();
        Exchange second = simulator.handle(fromB86011);

        assertEquals(201, first.status());
        assertEquals(201, second.response().status(), second.findings().toString());
        assertEquals(2, simulator.subscriptions().size());
        assertTrue(NemsSimulator.organisation(fromB86011).endsWith("|B86011"), NemsSimulator.organisation(fromB86011));
    }

    @Test
    void aReadOfAnUnknownIdIsNotFound() {
        SimulatedResponse response = simulator
                .handle(Requests.read("0123456789abcdef0123456789abcdef"))
                .response();

        assertEquals(404, response.status());
        assertEquals(
                "NO_RECORD_FOUND",
                onlyIssue(response).getDetails().getCodingFirstRep().getCode());
        assertTrue(onlyIssue(response).getDiagnostics().contains("0123456789abcdef0123456789abcdef"));
    }

    @Test
    void aDeleteOfAnUnknownIdIsNotFound() {
        SimulatedResponse response = simulator
                .handle(Requests.delete("0123456789abcdef0123456789abcdef"))
                .response();

        assertEquals(404, response.status());
        assertEquals(
                "NO_RECORD_FOUND",
                onlyIssue(response).getDetails().getCodingFirstRep().getCode());
    }

    @Test
    void aReadAfterTheDeleteIsNotFound() {
        String id = Requests.idOf(simulator.handle(Requests.create()).response());

        SimulatedResponse read = simulator.handle(Requests.read(id)).response();
        SimulatedResponse delete = simulator.handle(Requests.delete(id)).response();
        SimulatedResponse readAgain = simulator.handle(Requests.read(id)).response();

        assertEquals(200, read.status());
        assertEquals(200, delete.status());
        assertEquals(0, delete.body().length);
        assertEquals(404, readAgain.status());
        assertEquals(
                "NO_RECORD_FOUND",
                onlyIssue(readAgain).getDetails().getCodingFirstRep().getCode());
        assertTrue(simulator.subscriptions().isEmpty());
    }

    /**
     * One sample of each family of rules: the simulator's answer is the status and OperationOutcome that
     * {@code --format operation-outcome} predicts for the sample as nems-check reads it.
     */
    @ParameterizedTest
    @CsvSource({
        "invalid/http-options.http,               400, BAD_REQUEST",
        "invalid/header-missing-from-asid.http,   400, MISSING_OR_INVALID_HEADER",
        "invalid/jwt-no-authorization.http,       400, MISSING_OR_INVALID_HEADER",
        "invalid/mime-accept-html.http,           415, UNSUPPORTED_MEDIA_TYPE",
        "invalid/subscription-status-active.http, 422, INVALID_RESOURCE",
        "invalid/criteria-event-not-offered.http, 422, INVALID_PARAMETER",
    })
    void anErrorIsAnsweredAsTheOperationOutcomeReportPredicts(String sample, int status, String spineCode) {
        Interaction recorded = Samples.first(sample);
        NemsValidator validator = NemsValidator.builder().build();
        List<Finding> predictedFindings = validator.validate(recorded);
        Map<String, RuleMetadata> rules = validator.catalog().metadata().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
        OperationOutcome predicted =
                new OperationOutcomeReportWriter(ToolInfo.current()).answer(predictedFindings, rules);

        Exchange exchange = simulator.handle(Samples.simulated(recorded));

        String family = sample.substring("invalid/".length(), sample.indexOf('-'));
        assertTrue(
                exchange.findings().stream().anyMatch(f -> f.ruleId().startsWith(family + ".")),
                exchange.findings().toString());
        assertEquals(
                status,
                OperationOutcomeReportWriter.status(recorded.label(), predictedFindings),
                predictedFindings.stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.httpStatus() + " " + f.spineCode())
                        .toList()
                        .toString());
        assertEquals(status, exchange.response().status());
        IParser json = FHIR.newJsonParser();
        OperationOutcome answered = (OperationOutcome) AnswerFormat.of(exchange.request())
                .parser()
                .parseResource(exchange.response().bodyText());
        assertEquals(json.encodeResourceToString(predicted), json.encodeResourceToString(answered));
        assertEquals(
                predictedFindings.stream()
                        .filter(f -> f.httpStatus() != null)
                        .findFirst()
                        .map(Finding::spineCode),
                exchange.findings().stream()
                        .filter(f -> f.httpStatus() != null)
                        .findFirst()
                        .map(Finding::spineCode));
    }

    @Test
    void aBodyOverTheBoundIsRefusedUnreadAndNotRecorded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        NemsSimulator bounded =
                NemsSimulator.builder().maxBodyBytes(1_000).recordTo(dir).build();
        SimulatedRequest headersOnly = Requests.withBody(Requests.create(), body -> "");

        Exchange exchange = bounded.refuseOversized(headersOnly, 5_000);

        assertEquals(413, exchange.response().status());
        assertEquals(
                "application/fhir+xml;charset=utf-8",
                exchange.response().header("Content-Type").orElseThrow());
        OperationOutcomeIssueComponent issue = onlyIssue(exchange.response());
        assertEquals("BAD_REQUEST", issue.getDetails().getCodingFirstRep().getCode());
        assertTrue(issue.getDiagnostics().contains("5,000 bytes or more"), issue.getDiagnostics());
        assertTrue(issue.getDiagnostics().contains("1,000 bytes"), issue.getDiagnostics());
        assertTrue(exchange.recording().isEmpty());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals(List.of(exchange), bounded.exchanges());
    }

    private static OperationOutcomeIssueComponent onlyIssue(SimulatedResponse response) {
        OperationOutcome outcome = FHIR.newXmlParser().parseResource(OperationOutcome.class, response.bodyText());
        assertEquals(1, outcome.getIssue().size(), response.bodyText());
        return outcome.getIssueFirstRep();
    }
}
