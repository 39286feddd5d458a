package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.Trait;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.engine.TraitReader;
import org.nemsrules.subscription.EventType;
import org.nemsrules.subscription.EventTypeCatalogue;

/** What a create subscribes to, for the coverage matrix: explicit or generic (R-CRIT-10), and to which events. */
public final class CriteriaTraits implements TraitReader {
    /** The value of an event code that is in no NEMS code system: the text itself is not shown (it may be anything). */
    static final String UNKNOWN_EVENT = "not a NEMS event code";

    @Override
    public void read(RuleContext context, Consumer<Trait> out) {
        Criteria criteria;
        try {
            criteria =
                    WrittenCriteria.read(context).map(WrittenCriteria::criteria).orElse(null);
        } catch (IllegalStateException brokenView) {
            // The criteria rules report a criteria view that could not be built; there is nothing to describe.
            return;
        }
        if (criteria == null) {
            return;
        }
        out.accept(new Trait(Dimension.SUBSCRIPTION, criteria.kind().name().toLowerCase(Locale.ROOT)));
        EventTypeCatalogue catalogue = EventTypeCatalogue.standard();
        for (CriteriaParameter event : criteria.all(Component.MESSAGE_HEADER_EVENT)) {
            if (!event.value().isEmpty()) {
                out.accept(new Trait(
                        Dimension.EVENT,
                        catalogue.find(event.value()).map(EventType::code).orElse(UNKNOWN_EVENT)));
            }
        }
    }

    @Override
    public List<Trait> expected() {
        List<Trait> expected = new ArrayList<>();
        expected.add(new Trait(Dimension.SUBSCRIPTION, "explicit"));
        expected.add(new Trait(Dimension.SUBSCRIPTION, "generic"));
        for (EventType type : EventTypeCatalogue.standard().subscribable()) {
            expected.add(new Trait(Dimension.EVENT, type.code()));
        }
        return expected;
    }
}
