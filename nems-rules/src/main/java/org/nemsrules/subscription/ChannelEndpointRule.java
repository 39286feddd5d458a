package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A channel without an endpoint. */
public final class ChannelEndpointRule extends SubscriptionRule {
    public static final String ID = "subscription.channel-endpoint";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("channel.endpoint is missing or blank")
            .description("The create page makes channel.endpoint 1..1 (the profile leaves it 0..1; the page governs): "
                    + "it holds the MESH mailbox id events are delivered to, e.g. Mailbox1234. Whether the mailbox "
                    + "exists and belongs to the contact's organisation needs the supplier's configuration and is "
                    + "not checked. A missing channel is subscription.channel-type's to report.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-11")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Add the MESH mailbox id: <endpoint value=\"<mailbox id>\"/> inside <channel>.")
            .build();

    public ChannelEndpointRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (!subscription.hasChannel()) {
            return;
        }
        sink.examined();
        String endpoint = subscription.getChannel().getEndpoint();
        if (endpoint == null || endpoint.isBlank()) {
            report(
                    sink,
                    body,
                    "Subscription.channel.endpoint",
                    "channel.endpoint is "
                            + (endpoint == null || endpoint.isEmpty() ? "missing" : "blank")
                            + "; expected the MESH mailbox "
                            + "id that events are delivered to, e.g. 'Mailbox1234' (the create page makes it 1..1)");
        }
    }
}
