package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** {@code channel.payload} or {@code channel.header}, which mean nothing for delivery by MESH. */
public final class UnusedElementRule extends SubscriptionRule {
    public static final String ID = "subscription.unused-element";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("channel.payload or channel.header is present, which NEMS does not use")
            .description("The profile allows channel.payload (0..1) and channel.header (0..*), but NEMS delivers "
                    + "events by MESH as XML messages: a payload MIME type or HTTP headers for a REST hook have no "
                    + "effect. This note says so, so that nobody relies on them.")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-SUB-14")
            .specPage(SpecPages.CREATE)
            .fix("Remove channel.payload and channel.header; events always arrive as XML messages through MESH.")
            .build();

    public UnusedElementRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (!subscription.hasChannel()) {
            return;
        }
        Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
        // Both are allowed by the profile; only a Subscription that writes one of them has something to note.
        if (!channel.hasPayloadElement() && !channel.hasHeader()) {
            return;
        }
        sink.examined();
        if (channel.hasPayloadElement()) {
            report(
                    sink,
                    body,
                    "Subscription.channel.payload",
                    "channel.payload is '" + Echo.of(channel.getPayload())
                            + "', which NEMS ignores: events are delivered through MESH, always as XML messages");
        }
        if (channel.hasHeader()) {
            report(
                    sink,
                    body,
                    "Subscription.channel.header[0]",
                    "channel.header is set (" + channel.getHeader().size()
                            + " value(s)), which NEMS ignores: MESH delivery sends no HTTP headers of yours");
        }
    }
}
