package org.nemsrules.subscription;

import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An {@code end} that is not a full STU3 instant. */
public final class EndRule extends SubscriptionRule {
    public static final String ID = "subscription.end";
    /** An STU3 instant: date, time to the second (fraction optional) and a zone. */
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("end is not an instant with seconds and a time zone")
            .description("end is 0..1; without it the subscription never expires. When present it is an STU3 "
                    + "instant: a date, a time to the second and a time zone, e.g. 2026-12-31T23:59:59+00:00. A "
                    + "bare date or a time without zone is a valid FHIR dateTime elsewhere but not an instant. A "
                    + "value that is no date at all is subscription.unparseable's to report; an end in the past "
                    + "is subscription.end-past's.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-09")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Write end as a full instant, e.g. <end value=\"2026-12-31T23:59:59+00:00\"/>, or leave it out for "
                    + "a subscription that does not expire.")
            .build();

    public EndRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        String end = subscription.getEndElement().getValueAsString();
        // end is 0..1: only a written end is judged.
        if (end == null) {
            return;
        }
        sink.examined();
        if (!INSTANT.matcher(end).matches()) {
            report(
                    sink,
                    body,
                    "Subscription.end",
                    "end is '" + Echo.of(end)
                            + "'; expected an instant with date, time to the "
                            + "second and time zone, e.g. '2026-12-31T23:59:59+00:00'");
        }
    }
}
