package org.nemsrules.config;

import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.nhs.OdsCode;
import org.nemsrules.subscription.OrganisationUrl;
import org.nemsrules.subscription.SourcePosition;
import org.nemsrules.subscription.SubscriptionBody;

/** An ODS code the calling ASID may not act for, in {@code requesting_organisation} or the first contact. */
public final class OrganisationNotAllowedRule extends ConfigRule {
    public static final String ID = "config.organisation-not-allowed";
    private static final String CONTACT = "Subscription.contact[0].value";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The ODS code is not one the calling ASID may act for")
            .description("The calling system's endpoint registration must contain the ODS codes used in the "
                    + "subscriptions (R-HDR-07): the JWT's requesting_organisation and, on a create, the first "
                    + "contact's organisation must each be one of the organisations listed for that ASID under "
                    + "systems in nems-rules.yaml. The calling ASID is requesting_system's, else fromASID's. NEMS's "
                    + "answer is inferred. Silent without a configuration, when the calling ASID is not "
                    + "configured (config.unknown-system reports that), and for malformed codes (the jwt and "
                    + "subscription rules report those).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-07", "R-SUB-06")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(403, "ASID_CHECK_FAILED")
            .fix("Act only for an organisation your system is registered for, or add the ODS code to the system's "
                    + "organisations in nems-rules.yaml once its endpoint registration includes it.")
            .build();

    public OrganisationNotAllowedRule() {
        super(METADATA);
    }

    @Override
    void check(SupplierConfig config, RuleContext context, FindingSink sink) {
        Optional<String> calling = callingAsid(context);
        if (calling.isEmpty()) {
            return;
        }
        String asid = calling.get();
        Set<String> allowed = config.organisationsOf(asid).orElse(null);
        if (allowed == null) {
            return;
        }
        Optional<BearerToken> token = token(context);
        Optional<OdsCode> requesting = token.flatMap(BearerToken::requestingOrganisation);
        Optional<SubscriptionBody> created =
                context.view(SubscriptionBody.VIEW).value().filter(SubscriptionBody::isSubscription);
        // Malformed or absent codes are the jwt and subscription rules' to report: with neither there is no code to
        // compare with the registration.
        if (requesting.isEmpty()
                && created.flatMap(b -> OrganisationUrl.odsCode(b.subscription()))
                        .isEmpty()) {
            return;
        }
        sink.examined();
        requesting
                .filter(code -> !allowed.contains(code.code()))
                .ifPresent(code -> sink.report(
                        token.get().line(),
                        null,
                        "jwt.claims.requesting_organisation",
                        "R-HDR-07",
                        message("the JWT's requesting_organisation", code, asid, allowed, config)));
        created.ifPresent(body -> OrganisationUrl.odsCode(body.subscription())
                .filter(code -> !allowed.contains(code.code()))
                .ifPresent(code -> {
                    SourcePosition at = body.position(CONTACT);
                    sink.report(
                            at.line(),
                            at.column(),
                            CONTACT,
                            "R-SUB-06",
                            message("the first contact", code, asid, allowed, config));
                }));
    }

    private static String message(String where, OdsCode code, String asid, Set<String> allowed, SupplierConfig config) {
        return where + " names the organisation '" + code + "', but " + config.fileName() + " lets ASID '" + asid
                + "' act only for " + quotedList(allowed) + "; Spine checks the ODS code against the calling "
                + "system's endpoint registration";
    }
}
