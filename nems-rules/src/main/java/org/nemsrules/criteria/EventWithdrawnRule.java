package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.subscription.EventTypeCatalogue;

/** An event the catalogue marks withdrawn: NEMS rejects new subscriptions to it. */
public final class EventWithdrawnRule extends EventCatalogueRule {
    public static final String ID = "criteria.event-withdrawn";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("MessageHeader.event is a withdrawn event")
            .description("NEMS rejects a new subscription to a withdrawn event, with the Spine code WITHDRAWN. The "
                    + "HTTP status is not given; 422 is inferred. The shipped catalogue marks no event "
                    + "withdrawn today; a catalogue with states set per code makes this rule fire.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-12")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "WITHDRAWN")
            .fix("Remove the event from the criteria, or subscribe to its replacement.")
            .build();

    public EventWithdrawnRule() {
        this(EventTypeCatalogue.standard());
    }

    /** Judged against {@code catalogue}, e.g. the shipped one with a state set per code. */
    public EventWithdrawnRule(EventTypeCatalogue catalogue) {
        super(METADATA, catalogue, Kind.EVENT_WITHDRAWN);
    }
}
