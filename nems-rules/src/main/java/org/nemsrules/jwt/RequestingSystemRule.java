package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.Asid;
import org.nemsrules.nhs.Identifier;

/** A {@code requesting_system} claim that is not {@code https://fhir.nhs.uk/Id/accredited-system|<ASID>}. */
public final class RequestingSystemRule extends TokenRule {
    public static final String ID = "jwt.requesting-system";
    static final String CLAIM = "requesting_system";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("requesting_system is not the accredited-system identifier of an ASID")
            .description("The requesting_system claim names the system making the request: "
                    + "'https://fhir.nhs.uk/Id/accredited-system|<ASID>', an identifier with exactly one '|' and "
                    + "both sides filled. The naming system is compared exactly, so 'http://' in place of "
                    + "'https://' is reported with its own hint. An ASID is numeric and, in every published "
                    + "example, twelve digits long; other lengths are reported too. Whether the ASID is registered "
                    + "with Spine needs the supplier's configuration and is not checked here. An absent claim is "
                    + "reported by jwt.missing-claim.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-13", "R-JWT-17", "R-HDR-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set requesting_system to 'https://fhir.nhs.uk/Id/accredited-system|' followed by the calling "
                    + "system's ASID, e.g. 'https://fhir.nhs.uk/Id/accredited-system|200000000205'.")
            .build();

    public RequestingSystemRule() {
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
        IdentifierClaim.systemMismatch(CLAIM, id.system(), Asid.SYSTEM)
                .ifPresent(message -> sink.report(token.line(), null, path, "R-JWT-13", message));
        if (IdentifierClaim.isOrResembles(id.system(), Asid.SYSTEM)) {
            Asid.problem(id.value())
                    .ifPresent(problem -> sink.report(
                            token.line(),
                            null,
                            path,
                            "R-HDR-04",
                            "the ASID in the " + CLAIM + " claim is malformed: " + problem));
        }
    }
}
