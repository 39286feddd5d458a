package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A channel whose type is not {@code message}. */
public final class ChannelTypeRule extends SubscriptionRule {
    public static final String ID = "subscription.channel-type";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("channel.type is not 'message'")
            .description("channel is 1..1 and channel.type 1..1. NEMS delivers events by MESH only, which the create "
                    + "page writes as channel type 'message', the only supported value. The profile allows every "
                    + "subscription-channel-type code (rest-hook, websocket, email, sms, message), so another code "
                    + "passes a profile check but not the create page.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-10")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Send <channel><type value=\"message\"/><endpoint value=\"<MESH mailbox id>\"/></channel>.")
            .build();

    public ChannelTypeRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        if (!subscription.hasChannel()) {
            report(
                    sink,
                    body,
                    "Subscription.channel",
                    "the Subscription has no channel; expected a channel with "
                            + "type 'message' (delivery by MESH) and the MESH mailbox id as endpoint");
            return;
        }
        String type = subscription.getChannel().getTypeElement().getValueAsString();
        if (type == null || type.isEmpty()) {
            report(
                    sink,
                    body,
                    "Subscription.channel.type",
                    "channel.type is missing; expected 'message' (delivery "
                            + "by MESH, the only channel NEMS supports)");
        } else if (!type.equals("message")) {
            report(
                    sink,
                    body,
                    "Subscription.channel.type",
                    "channel.type is '" + Echo.of(type)
                            + "'; expected 'message' "
                            + "(delivery by MESH, the only channel NEMS supports)");
        }
    }
}
