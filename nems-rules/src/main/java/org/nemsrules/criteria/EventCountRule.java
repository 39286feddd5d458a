package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** No {@code MessageHeader.event}, or more than one on a generic subscription. */
public final class EventCountRule extends CriteriaProblemRule {
    public static final String ID = "criteria.event-count";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria has no MessageHeader.event, or several on a generic subscription")
            .description("MessageHeader.event is 1..* on an explicit subscription (repeat the parameter for "
                    + "several events) and 1..1 on a generic one. The create page's component table shows three "
                    + "events in one criteria, which is right for explicit and wrong for generic subscriptions. "
                    + "NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-04")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Give at least one MessageHeader.event; on a generic subscription give exactly one, and "
                    + "create one subscription per event.")
            .build();

    public EventCountRule() {
        super(METADATA, Kind.EVENT_COUNT);
    }
}
