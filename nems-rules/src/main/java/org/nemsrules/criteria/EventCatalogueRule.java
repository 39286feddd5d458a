package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.subscription.EventTypeCatalogue;

/**
 * A criteria rule that judges the event codes against an event-type catalogue: the shipped one, or one with
 * states set per code (a deprecation NEMS announced after this release).
 */
abstract class EventCatalogueRule extends CriteriaRule {
    private final EventTypeCatalogue catalogue;
    private final Kind kind;

    EventCatalogueRule(RuleMetadata metadata, EventTypeCatalogue catalogue, Kind kind) {
        super(metadata);
        this.catalogue = java.util.Objects.requireNonNull(catalogue, "catalogue");
        this.kind = kind;
    }

    @Override
    void check(WrittenCriteria criteria, RuleContext context, FindingSink sink) {
        // Without an event code there is nothing to look up; a missing or empty event is another rule's.
        if (criteria.criteria().all(Component.MESSAGE_HEADER_EVENT).stream()
                .allMatch(p -> p.value().isEmpty())) {
            return;
        }
        sink.examined();
        EventCodeCheck.check(criteria.criteria(), catalogue).stream()
                .filter(p -> p.kind() == kind)
                .forEach(p -> criteria.report(sink, p));
    }
}
