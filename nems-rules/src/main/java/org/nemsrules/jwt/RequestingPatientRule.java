package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.NhsNumber;

/** A {@code requesting_patient} claim that is not {@code http://fhir.nhs.net/Id/nhs-number|<valid NHS number>}. */
public final class RequestingPatientRule extends TokenRule {
    public static final String ID = "jwt.requesting-patient";
    static final String CLAIM = "requesting_patient";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("requesting_patient is not the nhs-number identifier of a valid NHS number")
            .description("The optional requesting_patient claim, when present, is "
                    + "'http://fhir.nhs.net/Id/nhs-number|<NHS number>': exactly one '|', both sides filled, and "
                    + "a valid NHS number (ten ASCII digits passing the modulus 11 check). NEMS and Spine Core "
                    + "write the naming system with http and fhir.nhs.net; the NHS NamingSystem's preferred "
                    + "'https://fhir.nhs.uk/Id/nhs-number', used by newer APIs, is reported by name as a likely "
                    + "mistake, an error because Spine compares naming systems literally. Spine Core's own citizen "
                    + "example, 6101231234, fails the modulus 11 check and is reported like any other invalid "
                    + "number. NEMS's answer is inferred: 400 INVALID_NHS_NUMBER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-16", "R-NHS-01", "R-NHS-02", "R-NHS-03", "R-JWT-17")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "INVALID_NHS_NUMBER")
            .fix("Set requesting_patient to 'http://fhir.nhs.net/Id/nhs-number|' followed by the patient's "
                    + "verified ten-digit NHS number without spaces, or leave the claim out.")
            .build();

    public RequestingPatientRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Identifier id = IdentifierClaim.read(token, CLAIM, sink).orElse(null);
        if (id == null) {
            return;
        }
        sink.examined();
        String path = "jwt.claims." + CLAIM;
        if (id.system().equals(NhsNumber.NEWER_SYSTEM)) {
            sink.report(
                    token.line(),
                    null,
                    path,
                    "R-NHS-03",
                    "the " + CLAIM + " claim has the naming system '"
                            + Echo.of(id.system())
                            + "', the NHS NamingSystem's preferred URI used by newer APIs; NEMS and Spine "
                            + "Core write '" + NhsNumber.SYSTEM + "' and compare it literally");
        } else {
            IdentifierClaim.systemMismatch(CLAIM, id.system(), NhsNumber.SYSTEM)
                    .ifPresent(message -> sink.report(token.line(), null, path, "R-NHS-03", message));
        }
        if (id.system().equals(NhsNumber.NEWER_SYSTEM)
                || IdentifierClaim.isOrResembles(id.system(), NhsNumber.SYSTEM)) {
            NhsNumber.problem(id.value())
                    .ifPresent(problem -> sink.report(
                            token.line(),
                            null,
                            path,
                            id.value().matches("[0-9]{10}") ? "R-NHS-02" : "R-NHS-01",
                            "the NHS number in the " + CLAIM + " claim is not valid: " + problem));
        }
    }
}
