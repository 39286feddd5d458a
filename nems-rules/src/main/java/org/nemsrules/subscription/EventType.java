package org.nemsrules.subscription;

import java.util.Objects;
import java.util.Optional;

/**
 * One code of {@code https://fhir.nhs.uk/STU3/CodeSystem/EventType-1}.
 *
 * @param code     the code as written in criteria, e.g. {@code pds-change-of-address-1}
 * @param display  its display name, e.g. {@code PDS Change of Address}
 * @param state    where it stands for new subscriptions
 * @param maturity the maturity the supported-events page gives (Beta, Release Candidate), when it gives one
 */
public record EventType(String code, String display, EventTypeState state, Optional<String> maturity) {
    public EventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(maturity, "maturity");
    }

    /** The same event in another state. */
    public EventType withState(EventTypeState newState) {
        return new EventType(code, display, newState, maturity);
    }
}
