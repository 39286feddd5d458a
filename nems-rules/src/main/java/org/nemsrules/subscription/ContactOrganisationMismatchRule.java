package org.nemsrules.subscription;

import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.OdsCode;

/** A first contact naming another organisation than the token's {@code requesting_organisation}. */
public final class ContactOrganisationMismatchRule extends SubscriptionRule {
    public static final String ID = "subscription.contact-organisation-mismatch";
    private static final String CLAIM = "requesting_organisation";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The first contact's ODS code differs from the JWT's requesting_organisation")
            .description("The first contact names the subscribing organisation, and the token's "
                    + "requesting_organisation names the organisation on whose behalf the request is made, so in a "
                    + "consistent request they carry the same ODS code. That pairing is inferred: what NEMS checks "
                    + "is that the contact's ODS code is registered on the calling ASID and matches the MESH "
                    + "mailbox, which needs the supplier's configuration. An ASID may be registered for several "
                    + "organisations, so a mismatch is a warning. The rule is silent when either code is absent "
                    + "or malformed (subscription.contact-value and jwt.requesting-organisation report those).")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-SUB-06")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(403, "ASID_CHECK_FAILED")
            .fix("Subscribe on behalf of the organisation in the token: make the first contact's value "
                    + OrganisationUrl.PREFIX + "<the ODS code of requesting_organisation>, or correct the token.")
            .build();

    public ContactOrganisationMismatchRule() {
        super(METADATA);
    }

    @Override
    public Set<ViewKey<?>> requiredViews() {
        return Set.of(SubscriptionBody.VIEW, BearerToken.VIEW);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        Optional<OdsCode> contact = OrganisationUrl.odsCode(subscription);
        Optional<OdsCode> token = context.view(BearerToken.VIEW)
                .get()
                .string(CLAIM)
                .flatMap(Identifier::parse)
                .filter(id -> id.system().equals(OdsCode.SYSTEM))
                .flatMap(id -> OdsCode.parse(id.value()));
        if (contact.isEmpty() || token.isEmpty()) {
            return;
        }
        sink.examined();
        if (contact.get().equals(token.get())) {
            return;
        }
        report(
                sink,
                body,
                "Subscription.contact[0].value",
                "the first contact names the organisation '"
                        + contact.get() + "' but the JWT's " + CLAIM + " is '" + token.get()
                        + "'; expected the same ODS "
                        + "code in both, since the subscribing organisation is the one making the request");
    }
}
