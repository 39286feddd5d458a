package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.nemsrules.SharedFiles;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * The answers the simulator sends ({@link OperationOutcomeReportWriter#answer}) against the official
 * Spine-OperationOutcome-1 profile, with its value set and code system: for every request of the shipped samples
 * with an error, the answer as NEMS would send it. Read from the official NHS files beside the checkout; skipped
 * (and named in the run's last line) where they are absent.
 */
class SpineAnswerProfileTest {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();
    private static final String PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/Spine-OperationOutcome-1";

    @Test
    void theAnswerToEverySampleRequestWithAnErrorPassesTheOfficialSpineProfile() throws IOException {
        Optional<Path> folder = officialFiles();
        assumeTrue(folder.isPresent(), "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        PrePopulatedValidationSupport official = new PrePopulatedValidationSupport(FHIR);
        official.addStructureDefinition(parse(folder.get().resolve("Spine-OperationOutcome-1.xml")));
        official.addValueSet(parse(folder.get().resolve("ValueSet-Spine-ErrorOrWarningCode-1.xml")));
        official.addCodeSystem(parse(folder.get().resolve("CodeSystem-Spine-ErrorOrWarningCode-1.xml")));
        FhirValidator spine = FHIR.newValidator()
                .registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                        official,
                        new DefaultProfileValidationSupport(FHIR),
                        new SnapshotGeneratingValidationSupport(FHIR),
                        new InMemoryTerminologyServerValidationSupport(FHIR),
                        new CommonCodeSystemsTerminologyService(FHIR))));

        NemsValidator validator = NemsValidator.builder().build();
        Report report = validator.validate(List.of(samples()));
        Map<String, RuleMetadata> rules =
                report.rules().stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a));
        OperationOutcomeReportWriter writer = new OperationOutcomeReportWriter(ToolInfo.current());
        List<String> problems = new ArrayList<>();
        int answers = 0;
        for (FileResult file : report.files()) {
            for (int i = 0; i < file.interactions().size(); i++) {
                int index = i;
                List<Finding> findings = file.findings().stream()
                        .filter(f -> f.location().interaction() == index)
                        .toList();
                if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                    continue;
                }
                answers++;
                String xml = FHIR.newXmlParser().encodeResourceToString(writer.answer(findings, rules));
                for (SingleValidationMessage m : spine.validateWithResult(
                                xml, new ValidationOptions().addProfile(PROFILE))
                        .getMessages()) {
                    if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                        problems.add(file.path() + " #" + index + ": " + m.getLocationString() + " " + m.getMessage());
                    }
                }
            }
        }
        assertTrue(answers > 90, "answers judged: " + answers);
        assertEquals(List.of(), problems);
    }

    private static Path samples() {
        return Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    }

    private static <T extends IBaseResource> T parse(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        T resource = (T) FHIR.newXmlParser().parseResource(Files.readString(file));
        return resource;
    }

    private static Optional<Path> officialFiles() {
        return SharedFiles.find(SharedFiles.FHIR + "/Spine-OperationOutcome-1.xml")
                .map(Path::getParent);
    }
}
