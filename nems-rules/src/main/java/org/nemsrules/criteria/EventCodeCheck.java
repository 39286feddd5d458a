package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;
import org.nemsrules.subscription.EventType;
import org.nemsrules.subscription.EventTypeCatalogue;

/**
 * Each {@code MessageHeader.event} is an event NEMS offers for subscription, judged against the event-type
 * catalogue (R-CRIT-04, R-CRIT-12). "Unknown" (in no code system) and "known but not subscribable" (in EventType-1,
 * never offered) get different messages; lifecycle states get their own kinds, because a deprecated event is
 * accepted and a withdrawn one is not.
 */
public final class EventCodeCheck {
    private EventCodeCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria, EventTypeCatalogue catalogue) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.MESSAGE_HEADER_EVENT)) {
            if (!p.value().isEmpty()) {
                check(p, catalogue, problems);
            }
        }
        return problems;
    }

    private static void check(CriteriaParameter p, EventTypeCatalogue catalogue, List<CriteriaProblem> problems) {
        String code = p.value();
        EventType type = catalogue.find(code).orElse(null);
        if (type == null) {
            problems.add(new CriteriaProblem(
                    Kind.EVENT_CODE,
                    p.valueOffset(),
                    "R-CRIT-04",
                    "the event '" + Echo.of(code) + "' is not a NEMS event code" + hint(code, catalogue)));
            return;
        }
        String named = "the event '" + Echo.of(code) + "' (" + type.display() + ")";
        switch (type.state()) {
            case SUPPORTED -> {}
            case NOT_OFFERED ->
                problems.add(new CriteriaProblem(
                        Kind.EVENT_CODE,
                        p.valueOffset(),
                        "R-CRIT-04",
                        named + " is in the EventType-1 code system, but NEMS offers no subscription to it"
                                + hint(code, catalogue)));
            case DEPRECATED ->
                problems.add(new CriteriaProblem(
                        Kind.EVENT_DEPRECATED,
                        p.valueOffset(),
                        "R-CRIT-12",
                        named + " is deprecated: NEMS accepts the subscription (201) with a DEPRECATED issue in the "
                                + "response; plan to subscribe to its replacement"));
            case NO_LONGER_SUPPORTED ->
                problems.add(new CriteriaProblem(
                        Kind.EVENT_NO_LONGER_SUPPORTED,
                        p.valueOffset(),
                        "R-CRIT-12",
                        named + " is no longer supported: NEMS rejects new subscriptions to "
                                + "it with NO_LONGER_SUPPORTED; remove it from the criteria"));
            case WITHDRAWN ->
                problems.add(new CriteriaProblem(
                        Kind.EVENT_WITHDRAWN,
                        p.valueOffset(),
                        "R-CRIT-12",
                        named
                                + " is withdrawn: NEMS rejects new subscriptions to it with WITHDRAWN; remove it from the "
                                + "criteria"));
        }
    }

    private static String hint(String code, EventTypeCatalogue catalogue) {
        String nearest = catalogue
                .nearest(code)
                .map(t -> "; did you mean '" + t.code() + "'?"
                        + (t.code().equalsIgnoreCase(code) ? " (event codes are case-sensitive)" : ""))
                .orElse("");
        if (!nearest.isEmpty()) {
            return nearest;
        }
        String old = code.matches("PDS00[0-9]") ? " (PDS001…PDS004 are the 2018 codes, replaced by named codes)" : "";
        return old + "; the events offered for subscription are "
                + String.join(
                        ", ",
                        catalogue.subscribable().stream()
                                .map(EventType::code)
                                .sorted()
                                .toList());
    }
}
