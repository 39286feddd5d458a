package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.nhs.Asid;

/** A {@code fromASID} header that is not the ASID in the token's {@code requesting_system}. */
public final class FromAsidMismatchRule extends TokenRule {
    public static final String ID = "jwt.from-asid-mismatch";
    static final String FROM_ASID = "fromASID";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("fromASID header differs from the ASID in requesting_system")
            .description("The fromASID header and the JWT's requesting_system claim both name the system making "
                    + "the request, so they carry the same ASID, compared exactly. No page pairs them in so many "
                    + "words; the pairing is inferred. NEMS's answer is inferred too: the requirements allow "
                    + "400 REQUEST_UNMATCHED (the request does not match its authorisation token) or 403 "
                    + "ASID_CHECK_FAILED, and this rule predicts 400 REQUEST_UNMATCHED. The rule is silent when "
                    + "fromASID is missing or is not a well-formed ASID (the header rules report that) or when requesting_system is not a "
                    + "well-formed accredited-system identifier (jwt.requesting-system reports that).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-05")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "REQUEST_UNMATCHED")
            .fix("Send the calling system's own ASID both in the fromASID header and after the '|' of "
                    + "requesting_system.")
            .build();

    public FromAsidMismatchRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Header fromAsid = context.interaction().headers().first(FROM_ASID).orElse(null);
        if (fromAsid == null) {
            return;
        }
        token.requestingSystemAsid().ifPresent(asid -> {
            String header = fromAsid.value().strip();
            // A header that is no ASID at all is header.asid-format's finding; comparing it would report one fault
            // twice.
            if (Asid.parse(header).isEmpty()) {
                return;
            }
            sink.examined();
            if (!header.equals(asid)) {
                sink.report(
                        fromAsid.line(),
                        "header:" + FROM_ASID,
                        "the " + FROM_ASID + " header is '"
                                + Echo.of(header)
                                + "' but the JWT's requesting_system names ASID '" + Echo.of(asid)
                                + "'; both name the calling system, so they must be the same ASID");
            }
        });
    }
}
