package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.subscription.EventTypeCatalogue;

/** An event the catalogue marks deprecated: NEMS accepts the subscription with a warning. */
public final class EventDeprecatedRule extends EventCatalogueRule {
    public static final String ID = "criteria.event-deprecated";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("MessageHeader.event is a deprecated event")
            .description("NEMS accepts a subscription to a deprecated event (201) and returns an OperationOutcome "
                    + "with DEPRECATED (severity information) in the response. The warning names the event and "
                    + "its state so that the subscription can be moved before the event is withdrawn. The "
                    + "shipped catalogue marks no event deprecated today; a catalogue with states set per code "
                    + "makes this rule fire.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-12")
            .specPage(SpecPages.CREATE)
            // The create page's answer: the subscription is created (201) and the OperationOutcome in the body names
            // the Spine code DEPRECATED. Without the code here, a prediction or a simulated answer could not say so.
            .answer(201, "DEPRECATED")
            .fix("Plan to subscribe to the event's replacement; the subscription is accepted for now.")
            .build();

    public EventDeprecatedRule() {
        this(EventTypeCatalogue.standard());
    }

    /** Judged against {@code catalogue}, e.g. the shipped one with a state set per code. */
    public EventDeprecatedRule(EventTypeCatalogue catalogue) {
        super(METADATA, catalogue, Kind.EVENT_DEPRECATED);
    }
}
