package org.nemsrules.config;

import java.util.Comparator;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.EditDistance;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.OdsCode;
import org.nemsrules.subscription.OrganisationUrl;
import org.nemsrules.subscription.SourcePosition;
import org.nemsrules.subscription.SubscriptionBody;

/** A {@code channel.endpoint} that is not a configured MESH mailbox, or whose organisation is not the first contact's. */
public final class MailboxRule extends ConfigRule {
    public static final String ID = "config.mailbox";
    private static final String ENDPOINT = "Subscription.channel.endpoint";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("channel.endpoint is not a configured MESH mailbox of the contact's organisation")
            .description("channel.endpoint holds the MESH mailbox events are delivered to (R-SUB-11), and the "
                    + "create page requires the mailbox's ODS code to match the first contact's (R-SUB-06). The "
                    + "mailbox must be one listed under mailboxes in nems-rules.yaml, and the organisation listed "
                    + "with it must be the one the first contact names. Mailbox ids are compared exactly. NEMS's "
                    + "answer is inferred. Silent without a configuration or when it lists no mailboxes, for a "
                    + "missing endpoint (subscription.channel-endpoint reports that), and, for the organisation "
                    + "check, when the first contact names no well-formed ODS code.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-11", "R-SUB-06")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Send the id of the subscribing organisation's own MESH mailbox in channel.endpoint, as listed "
                    + "under mailboxes in nems-rules.yaml.")
            .build();

    public MailboxRule() {
        super(METADATA);
    }

    @Override
    void check(SupplierConfig config, RuleContext context, FindingSink sink) {
        if (config.mailboxes().isEmpty()) {
            return;
        }
        SubscriptionBody body = context.view(SubscriptionBody.VIEW)
                .value()
                .filter(SubscriptionBody::isSubscription)
                .orElse(null);
        if (body == null || !body.subscription().hasChannel()) {
            return;
        }
        Subscription subscription = body.subscription();
        String mailbox = subscription.getChannel().getEndpoint();
        if (mailbox == null || mailbox.isBlank()) {
            return;
        }
        sink.examined();
        SourcePosition at = body.position(ENDPOINT);
        Optional<String> owner = config.mailboxOrganisation(mailbox);
        if (owner.isEmpty()) {
            sink.report(
                    at.line(),
                    at.column(),
                    ENDPOINT,
                    "R-SUB-11",
                    "channel.endpoint is '" + Echo.of(mailbox)
                            + "', which is not one of the MESH mailboxes in " + config.fileName() + " ("
                            + quotedList(config.mailboxes().keySet()) + ")"
                            + nearest(mailbox, config)
                                    .map(m -> "; did you mean '" + m + "'?")
                                    .orElse(""));
            return;
        }
        Optional<OdsCode> contact = OrganisationUrl.odsCode(subscription);
        if (contact.isPresent() && !contact.get().code().equals(owner.get())) {
            sink.report(
                    at.line(),
                    at.column(),
                    ENDPOINT,
                    "R-SUB-06",
                    "channel.endpoint is the mailbox '"
                            + Echo.of(mailbox)
                            + "' of the organisation '" + Echo.of(owner.get()) + "', but the first contact names '"
                            + contact.get()
                            + "'; the mailbox's ODS code must be the first contact's");
        }
    }

    private static Optional<String> nearest(String mailbox, SupplierConfig config) {
        return config.mailboxes().keySet().stream()
                .min(Comparator.comparingInt(m -> EditDistance.between(
                        mailbox.toUpperCase(java.util.Locale.ROOT), m.toUpperCase(java.util.Locale.ROOT))))
                .filter(m -> EditDistance.between(
                                mailbox.toUpperCase(java.util.Locale.ROOT), m.toUpperCase(java.util.Locale.ROOT))
                        <= 2);
    }
}
