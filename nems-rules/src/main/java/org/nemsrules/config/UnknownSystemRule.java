package org.nemsrules.config;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.model.Header;

/** A calling ASID, in {@code fromASID} or the JWT's {@code requesting_system}, that is not one of the supplier's systems. */
public final class UnknownSystemRule extends ConfigRule {
    public static final String ID = "config.unknown-system";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The calling ASID is not one of the supplier's configured systems")
            .description("Spine accepts a request only from an accredited system with an endpoint registration "
                    + "for the interaction (R-HDR-07), so the ASID in fromASID and in the JWT's requesting_system "
                    + "must be one the supplier has: one listed under systems in nems-rules.yaml. An ASID that is "
                    + "not there is another supplier's, a test system's, or a typing slip. Both places are "
                    + "checked; when they hold the same unknown ASID it is reported once, on fromASID. NEMS's "
                    + "answer is inferred. Silent without a configuration, and for a value that is not a "
                    + "well-formed ASID (header.asid-format and jwt.requesting-system report that).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-07", "R-HDR-05")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(403, "ASID_CHECK_FAILED")
            .fix("Send your own system's ASID in fromASID and requesting_system, or add the system to systems in "
                    + "nems-rules.yaml if it is yours.")
            .build();

    public UnknownSystemRule() {
        super(METADATA);
    }

    @Override
    void check(SupplierConfig config, RuleContext context, FindingSink sink) {
        Optional<Header> fromAsid = asidHeader(context, FROM_ASID);
        String headerAsid = fromAsid.map(h -> h.value().strip()).orElse(null);
        Optional<BearerToken> token = token(context);
        Optional<String> tokenAsid = token.flatMap(BearerToken::requestingSystemAsid);
        // Malformed or absent ASIDs are the header and jwt rules' to report: without either there is nothing to look
        // up.
        if (headerAsid == null && tokenAsid.isEmpty()) {
            return;
        }
        sink.examined();
        if (headerAsid != null && !config.systems().containsKey(headerAsid)) {
            sink.report(
                    fromAsid.get().line(), "header:" + FROM_ASID, message("the fromASID header", headerAsid, config));
        }
        tokenAsid
                .filter(asid -> !config.systems().containsKey(asid) && !asid.equals(headerAsid))
                .ifPresent(asid -> sink.report(
                        token.get().line(),
                        "jwt.claims.requesting_system",
                        message("the JWT's requesting_system", asid, config)));
    }

    private static String message(String where, String asid, SupplierConfig config) {
        return where + " names ASID '" + asid + "', which is not one of the systems in " + config.fileName()
                + " (" + quotedList(config.systems().keySet()) + "); Spine accepts only a calling system with "
                + "an endpoint registration";
    }
}
