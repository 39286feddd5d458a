package org.nemsrules.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * What a user would write instead of this project: a {@code FhirContext}, HAPI's {@code FhirInstanceValidator}
 * with the EMS-Subscription-1 profile (the project's own copy, read as any user would read a downloaded file),
 * and a profile validation of the request body. Nothing else: no header, token or criteria checks.
 *
 * <p>Usage: {@code HandRolledBaseline <file.http>} validates one file (the cold measurement is this whole
 * process); {@code HandRolledBaseline --warm <directory> [limit]} validates the first {@code limit} recordings of
 * a directory in one JVM after one warm-up body and prints {@code ms/recording}.
 */
public final class HandRolledBaseline {
    static final String PROFILE_URL = "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1";
    private static final List<String> PROFILE_FILES = List.of(
            "EMS-Subscription-1.xml", "CodeSystem-NEMS-EventType.xml", "ValueSet-NEMS-SubscribableEventType.xml");

    private final FhirValidator validator;

    /** Builds the context and the validation chain; this is most of the cold cost. */
    public HandRolledBaseline() {
        FhirContext context = FhirContext.forDstu3();
        PrePopulatedValidationSupport profile = new PrePopulatedValidationSupport(context);
        for (String name : PROFILE_FILES) {
            profile.addResource(context.newXmlParser().parseResource(resourceText(name)));
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                profile,
                new DefaultProfileValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** Validates one body against the profile; returns how many errors HAPI reported. */
    public int errors(RecordingBody body) {
        ValidationResult result =
                validator.validateWithResult(body.text(), new ValidationOptions().addProfile(PROFILE_URL));
        return (int) result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .count();
    }

    /** Validates the first {@code limit} files after one warm-up validation; returns mean milliseconds each. */
    public double warmMillisPerRecording(List<Path> files, int limit) throws IOException {
        List<Path> chosen = files.subList(0, Math.min(limit, files.size()));
        errors(RecordingBody.of(chosen.get(0)));
        long start = System.nanoTime();
        for (Path file : chosen) {
            errors(RecordingBody.of(file));
        }
        return (System.nanoTime() - start) / 1e6 / chosen.size();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            int errors = new HandRolledBaseline().errors(RecordingBody.of(Path.of(args[0])));
            System.out.println("errors=" + errors);
        } else if (args.length >= 2 && args[0].equals("--warm")) {
            int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
            double ms = new HandRolledBaseline().warmMillisPerRecording(httpFiles(Path.of(args[1])), limit);
            System.out.printf(java.util.Locale.ROOT, "ms/recording=%.3f%n", ms);
        } else {
            System.err.println("usage: HandRolledBaseline <file.http> | --warm <directory> [limit]");
            System.exit(2);
        }
    }

    /** The {@code .http} files directly in {@code directory}, in name order. */
    static List<Path> httpFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".http")).sorted().toList();
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = HandRolledBaseline.class.getResourceAsStream("/org/nemsrules/fhir/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the profile file " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the profile file " + name, e);
        }
    }
}
