package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.subscription.EventTypeCatalogue;

/** An event code NEMS does not know, or knows but does not offer for subscription. */
public final class EventCodeRule extends EventCatalogueRule {
    public static final String ID = "criteria.event-code";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("MessageHeader.event is not an event offered for subscription")
            .description("Each MessageHeader.event is one of the events NEMS offers for subscription "
                    + "(blood-spot-test-outcome-1, newborn-hearing-1, nipe-outcome-1, pds-birth-notification-1, "
                    + "pds-change-of-address-1, pds-change-of-gp-1, pds-death-notification-1, "
                    + "pds-record-change-1, professional-contacts-1, vaccinations-1), matched case-sensitively. "
                    + "A code in no code system is unknown and gets the nearest offered code (the read page's "
                    + "pds-person-death-1 gets pds-death-notification-1; ambiguity 7); a code of the "
                    + "EventType-1 code system that NEMS does not offer (child health record sections, failsafe "
                    + "messages) is known but not subscribable, with its own message. The 2018 codes PDS001 to "
                    + "PDS004 are named as such. NEMS's answer is inferred: 422 INVALID_PARAMETER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-CRIT-04")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_PARAMETER")
            .fix("Use one of the event codes offered for subscription, exactly as the supported-events "
                    + "page writes it.")
            .build();

    public EventCodeRule() {
        this(EventTypeCatalogue.standard());
    }

    /** Judged against {@code catalogue}, e.g. the shipped one with a state set per code. */
    public EventCodeRule(EventTypeCatalogue catalogue) {
        super(METADATA, catalogue, Kind.EVENT_CODE);
    }
}
