package org.nemsrules.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.util.VersionUtil;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.LineEnds;

/**
 * Full FHIR instance validation of a Subscription body against EMS-Subscription-1 (the {@code deep} mode,
 * R-SUB-02). Building HAPI's validation support chain costs seconds and hundreds of megabytes, so nothing is
 * built until the first call to {@link #validate}; after that the one validator is shared by every thread.
 *
 * <p>Nothing here throws for what a body holds: an unreadable body, a DOCTYPE, a body above
 * {@link #MAX_ELEMENTS} elements or a failure inside HAPI becomes a message.
 */
public final class DeepProfileValidator {
    /** The profile every body is validated against, whatever its {@code meta.profile} says. */
    public static final String PROFILE_URL = "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1";

    /**
     * The id of the rule that reports what this validator finds, named here so that the engine, which says in a note
     * whether deep validation ran, need not know the rule's class.
     */
    public static final String RULE_ID = "subscription.profile";

    static final String INTERNAL_ERROR_ID = "nems-deep-internal";
    static final String SYNTAX_MISMATCH_ID = "nems-deep-syntax-mismatch";
    static final String TOO_LARGE_ID = "nems-deep-too-large";

    /**
     * The most elements (XML elements; JSON objects, arrays and values) a body may have to be validated. HAPI's
     * validator costs time and memory that grow faster than the body: on the project's machine (2 cores, shared) a
     * body of 2,000 elements took about 1 s of CPU, 10,000 about 4 to 6 s and 300 MB, 40,000 about 18 s, and 200,000
     * ran past two minutes and 1.5 GB (docs/limits.md). A real Subscription has a few dozen elements; a body above the
     * limit is refused before HAPI reads it, with a message that says so.
     */
    public static final int MAX_ELEMENTS = 5_000;

    private static final AtomicInteger CHAIN_BUILDS = new AtomicInteger();

    /** The body's syntax as the request declares it. */
    public enum Format {
        XML,
        JSON
    }

    private final ConformanceResources resources;
    private final Object lock = new Object();
    private volatile FhirValidator validator;

    private DeepProfileValidator(ConformanceResources resources) {
        this.resources = Objects.requireNonNull(resources);
    }

    /** A validator using the project's own EMS-Subscription-1 and event-type definitions. */
    public static DeepProfileValidator withProjectProfile() {
        return new DeepProfileValidator(ConformanceResources.project());
    }

    /** A validator using the given conformance resources instead, e.g. to compare with another profile. */
    public static DeepProfileValidator with(ConformanceResources resources) {
        return new DeepProfileValidator(resources);
    }

    /**
     * How many validation support chains have been built in this JVM. The default path must leave it at
     * zero; a test holds it to that.
     */
    public static int chainBuilds() {
        return CHAIN_BUILDS.get();
    }

    /** The version of HAPI FHIR that validates, as a run's note names it: {@code 8.8.1}. */
    public static String hapiVersion() {
        return VersionUtil.getVersion();
    }

    /** Validates one body; returns what HAPI found, less noise that is not about the resource, in body order. */
    public List<DeepValidationMessage> validate(String body, Format format) {
        Objects.requireNonNull(format);
        // HAPI's JSON parser counts only LF as a line end and the JDK's XML parsers misplace columns after a CR
        // alone. A CR alone is a line end in XML (read as LF, XML 1.0 2.11) and white space in JSON (a string
        // cannot hold one), so writing it as LF changes nothing but the positions, which then come out right.
        String text = body == null ? "" : LineEnds.withLfForCrAlone(body);
        if (text.isBlank()) {
            return List.of(new DeepValidationMessage(
                    Severity.ERROR,
                    "The body is empty; expected a FHIR STU3 " + "Subscription in " + format + ".",
                    "",
                    0,
                    0,
                    SYNTAX_MISMATCH_ID));
        }
        // HAPI decides XML or JSON from the first character; holding it to the declared format keeps every
        // XML body on the path that refuses DTDs.
        boolean looksXml = text.stripLeading().startsWith("<");
        if (looksXml != (format == Format.XML)) {
            String found = looksXml ? "starts with '<' like XML" : "does not start with '<', so it is not XML";
            return List.of(new DeepValidationMessage(
                    Severity.ERROR,
                    "The body was declared " + format + " but " + found + "; it was not validated.",
                    "",
                    1,
                    1,
                    SYNTAX_MISMATCH_ID));
        }
        var unreadable = looksXml ? XmlPrecheck.problem(text, MAX_ELEMENTS) : JsonPrecheck.problem(text, MAX_ELEMENTS);
        if (unreadable.isPresent()) {
            return List.of(unreadable.get());
        }
        try {
            ValidationResult result =
                    validator().validateWithResult(text, new ValidationOptions().addProfile(PROFILE_URL));
            return HapiMessages.map(result.getMessages());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // LinkageError: a HAPI code path needing one of the libraries the build leaves out (see the root pom).
            return List.of(new DeepValidationMessage(
                    Severity.ERROR,
                    "The FHIR validator could not judge the body: "
                            + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    "",
                    0,
                    0,
                    INTERNAL_ERROR_ID));
        }
    }

    /** The message that a body of {@code elements} elements is above {@code max}, or empty when it is not. */
    static Optional<DeepValidationMessage> tooLarge(int elements, int max) {
        if (elements <= max) {
            return Optional.empty();
        }
        return Optional.of(new DeepValidationMessage(
                Severity.ERROR,
                String.format(
                        "not validated: the body has %,d "
                                + "elements, above the limit of %,d that deep validation accepts (docs/limits.md); the other "
                                + "subscription rules judged it as usual",
                        elements, max),
                "",
                0,
                0,
                TOO_LARGE_ID));
    }

    private FhirValidator validator() {
        FhirValidator v = validator;
        if (v == null) {
            synchronized (lock) {
                v = validator;
                if (v == null) {
                    v = build();
                    validator = v;
                }
            }
        }
        return v;
    }

    private FhirValidator build() {
        CHAIN_BUILDS.incrementAndGet();
        // One context per process, shared with the default path's STU3 parser.
        FhirContext context = FhirContext.forDstu3Cached();
        PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(context);
        for (IBaseResource resource : resources.parse(context)) {
            own.addResource(resource);
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                own,
                new DefaultProfileValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        // A profile the body names but nobody supplies is for the element rules to report, not a validator crash.
        module.setErrorForUnknownProfiles(false);
        FhirValidator v = context.newValidator();
        v.setValidateAgainstStandardSchema(false);
        v.setValidateAgainstStandardSchematron(false);
        v.registerValidatorModule(module);
        return v;
    }
}
