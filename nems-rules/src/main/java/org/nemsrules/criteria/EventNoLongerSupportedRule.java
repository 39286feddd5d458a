package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.subscription.EventTypeCatalogue;

/** An event the catalogue marks no longer supported: NEMS rejects new subscriptions to it. */
public final class EventNoLongerSupportedRule extends EventCatalogueRule {
    public static final String ID = "criteria.event-no-longer-supported";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("MessageHeader.event is an event that is no longer supported")
            .description("NEMS rejects a new subscription to an event that is no longer supported, with the Spine "
                    + "code NO_LONGER_SUPPORTED (the create page's example uses severity fatal, code "
                    + "not-supported). The HTTP status is not given; 422 is inferred. The shipped catalogue "
                    + "marks no event so today; a catalogue with states set per code makes this rule fire.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-12")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "NO_LONGER_SUPPORTED")
            .fix("Remove the event from the criteria, or subscribe to its replacement.")
            .build();

    public EventNoLongerSupportedRule() {
        this(EventTypeCatalogue.standard());
    }

    /** Judged against {@code catalogue}, e.g. the shipped one with a state set per code. */
    public EventNoLongerSupportedRule(EventTypeCatalogue catalogue) {
        super(METADATA, catalogue, Kind.EVENT_NO_LONGER_SUPPORTED);
    }
}
