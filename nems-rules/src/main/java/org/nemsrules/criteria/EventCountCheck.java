package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * {@code MessageHeader.event} is 1..* on an explicit and 1..1 on a generic subscription, and a code given twice
 * is a slip worth a warning (R-CRIT-04). Whether each code is one NEMS offers is the event catalogue's business.
 */
public final class EventCountCheck {
    private EventCountCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        List<CriteriaParameter> events = criteria.all(Component.MESSAGE_HEADER_EVENT);
        String name = Component.MESSAGE_HEADER_EVENT.parameterName();
        if (events.isEmpty()) {
            problems.add(new CriteriaProblem(
                    Kind.EVENT_COUNT,
                    0,
                    "R-CRIT-04",
                    "the criteria has no " + name
                            + "; expected at least one, e.g. '&" + name
                            + "=pds-change-of-address-1' (repeat the parameter "
                            + "for more events on an explicit subscription)"));
        } else if (criteria.kind() == SubscriptionKind.GENERIC && events.size() > 1) {
            problems.add(new CriteriaProblem(
                    Kind.EVENT_COUNT,
                    events.get(1).offset(),
                    "R-CRIT-04",
                    "a generic subscription takes exactly one " + name + "; found " + events.size() + " ("
                            + Echo.of(String.join(
                                    ", ",
                                    events.stream()
                                            .map(CriteriaParameter::value)
                                            .toList()))
                            + "); create one generic subscription per event"));
        }
        Set<String> seen = new HashSet<>();
        for (CriteriaParameter event : events) {
            if (!event.value().isEmpty() && !seen.add(event.value())) {
                problems.add(new CriteriaProblem(
                        Kind.EVENT_REPEATED,
                        event.offset(),
                        "R-CRIT-04",
                        "the event '" + Echo.of(event.value()) + "' is given twice; remove the repeated " + name));
            }
        }
        return problems;
    }
}
