package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The same event code given twice. */
public final class EventRepeatedRule extends CriteriaProblemRule {
    public static final String ID = "criteria.event-repeated";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("the same MessageHeader.event is given twice")
            .description("Repeating an identical MessageHeader.event adds nothing; it is usually a copy-and-paste "
                    + "slip that hides a missing event (the 2018 asset example repeats PDS001). A warning, "
                    + "since the create page does not say NEMS rejects it.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-CRIT-04")
            .specPage(SpecPages.CREATE)
            .fix("Remove the repeated MessageHeader.event, or change it to the event that was meant.")
            .build();

    public EventRepeatedRule() {
        super(METADATA, Kind.EVENT_REPEATED);
    }

    @Override
    boolean judges(Criteria criteria) {
        // A single event cannot repeat another.
        return criteria.all(Component.MESSAGE_HEADER_EVENT).stream()
                        .filter(p -> !p.value().isEmpty())
                        .count()
                > 1;
    }
}
