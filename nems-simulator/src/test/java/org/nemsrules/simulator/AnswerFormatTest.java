package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.List;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.mime.BodySyntax;
import org.nemsrules.mime.SupportedMediaType;
import org.nemsrules.report.OperationOutcomeReportWriter;

/** The media type of every answer: Accept first, else the request's Content-Type, else application/xml+fhir. */
class AnswerFormatTest {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();

    private final NemsSimulator simulator = NemsSimulator.builder().build();

    static List<String> supportedLiterals() {
        List<String> literals = SupportedMediaType.allLiterals();
        assertEquals(8, literals.size(), literals.toString());
        return literals;
    }

    @ParameterizedTest
    @MethodSource("supportedLiterals")
    void eachSupportedTypeInAcceptIsAnsweredInThatType(String literal) {
        SupportedMediaType type =
                SupportedMediaType.ofEssence(literal.split(";")[0]).orElseThrow();
        String id = Requests.idOf(simulator.handle(Requests.create()).response());

        Exchange read = simulator.handle(Requests.withHeader(Requests.read(id), "Accept", literal));

        assertFalse(read.hasErrors(), read.findings().toString());
        assertEquals(200, read.response().status());
        assertEquals(
                type.essence() + ";charset=utf-8",
                read.response().header("Content-Type").orElseThrow());
        Subscription subscription = strictParser(type)
                .parseResource(Subscription.class, read.response().bodyText());
        assertEquals(id, subscription.getIdElement().getIdPart());
    }

    @Test
    void withoutAcceptTheAnswerIsInTheFormatOfTheRequestsContentType() {
        SimulatedRequest json = Requests.withHeader(Requests.createJson(), "Accept", null);
        assertEquals("application/fhir+json", json.header("Content-Type").orElseThrow());

        Exchange first = simulator.handle(json);
        Exchange duplicate = simulator.handle(json);

        assertEquals(201, first.response().status(), first.findings().toString());
        assertEquals(409, duplicate.response().status());
        assertEquals(
                "application/fhir+json;charset=utf-8",
                duplicate.response().header("Content-Type").orElseThrow());
        strictParser(SupportedMediaType.FHIR_JSON)
                .parseResource(OperationOutcome.class, duplicate.response().bodyText());
    }

    @Test
    void withNeitherAcceptNorContentTypeTheAnswerIsApplicationXmlFhir() {
        SimulatedRequest bare = Requests.withHeader(
                Requests.withHeader(Requests.read("0123456789abcdef0123456789abcdef"), "Accept", null),
                "Content-Type",
                null);

        SimulatedResponse response = simulator.handle(bare).response();

        assertEquals(404, response.status());
        assertEquals(
                "application/xml+fhir;charset=utf-8",
                response.header("Content-Type").orElseThrow());
        strictParser(SupportedMediaType.XML_FHIR).parseResource(OperationOutcome.class, response.bodyText());
    }

    @Test
    void anUnsupportedAcceptGetsThePredictedErrorInTheDefaultFormat() {
        SimulatedRequest html =
                Requests.withHeader(Requests.read("0123456789abcdef0123456789abcdef"), "Accept", "text/html");
        List<org.nemsrules.engine.Finding> predicted =
                NemsValidator.builder().build().validate(NemsSimulator.interaction(html));

        Exchange exchange = simulator.handle(html);

        assertEquals(List.of("mime.accept-unsupported"), ruleIdsOfErrors(exchange));
        assertEquals(415, exchange.response().status());
        assertEquals(
                OperationOutcomeReportWriter.status(
                        NemsSimulator.interaction(html).label(), predicted),
                exchange.response().status());
        assertEquals(
                "application/xml+fhir;charset=utf-8",
                exchange.response().header("Content-Type").orElseThrow());
        OperationOutcome outcome = strictParser(SupportedMediaType.XML_FHIR)
                .parseResource(OperationOutcome.class, exchange.response().bodyText());
        assertEquals(
                "UNSUPPORTED_MEDIA_TYPE",
                outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode());
        assertTrue(outcome.getIssueFirstRep().getDiagnostics().contains("text/html"));
    }

    private static List<String> ruleIdsOfErrors(Exchange exchange) {
        return exchange.findings().stream()
                .filter(f -> f.severity() == org.nemsrules.engine.Severity.ERROR)
                .map(org.nemsrules.engine.Finding::ruleId)
                .toList();
    }

    static IParser strictParser(SupportedMediaType type) {
        IParser parser = type.syntax() == BodySyntax.Kind.JSON ? FHIR.newJsonParser() : FHIR.newXmlParser();
        return parser.setParserErrorHandler(new StrictErrorHandler());
    }
}
