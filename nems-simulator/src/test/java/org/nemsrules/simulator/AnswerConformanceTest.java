package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Subscription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nemsrules.fhir.DeepProfileValidator;
import org.nemsrules.fhir.DeepValidationMessage;
import org.nemsrules.mime.SupportedMediaType;
import org.nemsrules.model.Interaction;
import org.nemsrules.report.SpineErrorCode;

/**
 * Every OperationOutcome the simulator sends is a valid STU3 OperationOutcome, and the Subscription a read returns
 * passes the library's deep validation against EMS-Subscription-1. The project ships no Spine-OperationOutcome-1
 * profile: OperationOutcomes are held to the base STU3 definition (HAPI's instance validator), to HAPI's strict
 * parser, and to the profile's issue shape as this class states it (the library's {@code SpineAnswerProfileTest}
 * holds the same answers to the official profile when the official NHS files are beside the checkout).
 */
class AnswerConformanceTest {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();
    private static FhirValidator stu3;

    @BeforeAll
    static void baseValidator() {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        stu3 = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void everyOperationOutcomeTheSimulatorSendsForTheSamplesIsAValidStu3OperationOutcome() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().build();
        List<String> problems = new ArrayList<>();
        int outcomes = 0;
        for (String sample : Samples.all()) {
            if (Samples.isBareResource(sample)) {
                continue;
            }
            for (Interaction request : Samples.requests(sample)) {
                SimulatedResponse response =
                        simulator.handle(Samples.simulated(request)).response();
                if (response.status() < 400) {
                    continue;
                }
                outcomes++;
                String contentType = response.header("Content-Type").orElseThrow();
                SupportedMediaType type =
                        SupportedMediaType.ofEssence(contentType.split(";")[0]).orElseThrow();
                AnswerFormatTest.strictParser(type).parseResource(OperationOutcome.class, response.bodyText());
                ValidationResult result = stu3.validateWithResult(response.bodyText());
                for (SingleValidationMessage m : result.getMessages()) {
                    if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                        problems.add(sample + ": " + m.getLocationString() + " " + m.getMessage());
                    }
                }
            }
        }
        assertTrue(outcomes > 100, "OperationOutcomes judged: " + outcomes);
        assertEquals(List.of(), problems);
    }

    /**
     * Spine-OperationOutcome-1, as its snapshot states it: every issue has {@code details} with exactly one coding of
     * the Spine ErrorOrWarningCode system, a code and a display (1..1 each), and no {@code expression} (0..0); at
     * least one issue. Held over every answer the simulator gives the samples (errors), and its own answers: a
     * duplicate, a not-found and a deprecation. Our advice without a Spine code is left out of the answers.
     */
    @Test
    void everyOperationOutcomeTheSimulatorSendsHasTheSpineProfilesIssueShape() throws IOException {
        List<String> bodies = answersToTheSamples();
        NemsSimulator simulator = NemsSimulator.builder().build();
        simulator.handle(Requests.create());
        bodies.add(simulator.handle(Requests.create()).response().bodyText());
        bodies.add(simulator
                .handle(Requests.read("0123456789abcdef0123456789abcdef"))
                .response()
                .bodyText());
        List<String> problems = new ArrayList<>();
        for (String body : bodies) {
            OperationOutcome outcome = (OperationOutcome) parse(body);
            if (outcome.getIssue().isEmpty()) {
                problems.add("no issue: " + body);
            }
            for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
                List<org.hl7.fhir.dstu3.model.Coding> codings =
                        issue.getDetails().getCoding();
                if (codings.size() != 1) {
                    problems.add(codings.size() + " codings in " + issue.getDiagnostics());
                    continue;
                }
                org.hl7.fhir.dstu3.model.Coding coding = codings.get(0);
                java.util.Optional<SpineErrorCode> code = SpineErrorCode.of(coding.getCode());
                if (!SpineErrorCode.SYSTEM.equals(coding.getSystem())
                        || code.isEmpty()
                        || !code.get().display().equals(coding.getDisplay())) {
                    problems.add("not a Spine coding: " + coding.getSystem() + "|" + coding.getCode() + " "
                            + coding.getDisplay());
                }
                if (!issue.getExpression().isEmpty()) {
                    problems.add("an expression (0..0 in the profile): " + issue.getDiagnostics());
                }
            }
        }
        assertTrue(bodies.size() > 100, "answers judged: " + bodies.size());
        assertEquals(List.of(), problems);
    }

    /** The body of every error the simulator answers the samples' requests with. */
    private static List<String> answersToTheSamples() throws IOException {
        NemsSimulator simulator = NemsSimulator.builder().build();
        List<String> bodies = new ArrayList<>();
        for (String sample : Samples.all()) {
            if (Samples.isBareResource(sample)) {
                continue;
            }
            for (Interaction request : Samples.requests(sample)) {
                SimulatedResponse response =
                        simulator.handle(Samples.simulated(request)).response();
                if (response.status() >= 400) {
                    bodies.add(response.bodyText());
                }
            }
        }
        return bodies;
    }

    private static org.hl7.fhir.instance.model.api.IBaseResource parse(String body) {
        return body.startsWith("{")
                ? FHIR.newJsonParser().parseResource(body)
                : FHIR.newXmlParser().parseResource(body);
    }

    @Test
    void theSubscriptionAReadReturnsKeepsTheCreatesContentAndPassesTheProfile() {
        NemsSimulator simulator = NemsSimulator.builder().build();
        SimulatedRequest create = Requests.create();
        Subscription sent = FHIR.newXmlParser()
                .parseResource(Subscription.class, new String(create.body(), java.nio.charset.StandardCharsets.UTF_8));
        String id = Requests.idOf(simulator.handle(create).response());

        SimulatedResponse read = simulator.handle(Requests.read(id)).response();

        assertEquals(200, read.status());
        Subscription held = AnswerFormatTest.strictParser(SupportedMediaType.FHIR_XML)
                .parseResource(Subscription.class, read.bodyText());
        assertEquals(id, held.getIdElement().getIdPart());
        assertEquals(sent.getCriteria(), held.getCriteria());
        assertEquals(sent.getReason(), held.getReason());
        assertEquals(sent.getChannel().getType(), held.getChannel().getType());
        assertEquals(sent.getChannel().getEndpoint(), held.getChannel().getEndpoint());
        assertEquals(sent.getContact().size(), held.getContact().size());
        assertTrue(sent.getContactFirstRep().equalsDeep(held.getContactFirstRep()));
        assertEquals(
                sent.getMeta().getProfile().get(0).getValue(),
                held.getMeta().getProfile().get(0).getValue());
        assertEquals(Subscription.SubscriptionStatus.ACTIVE, held.getStatus());
        assertEquals("1", held.getMeta().getVersionId());

        List<DeepValidationMessage> deep =
                DeepProfileValidator.withProjectProfile().validate(read.bodyText(), DeepProfileValidator.Format.XML);
        assertEquals(
                List.of(), deep.stream().filter(DeepValidationMessage::isError).toList());
        assertFalse(read.bodyText().isBlank());
    }
}
