package org.nemsrules.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Subscription;

/**
 * The subscriptions the simulator holds, by id, each with the organisation that created it. Synchronised: a create
 * checks for a duplicate and stores in one step, so two clients creating the same subscription at once get one
 * {@code 201} and one {@code 409}, never two ids.
 */
final class SubscriptionStore {
    record Stored(String id, String organisation, Subscription subscription) {}

    private final Map<String, Stored> byId = new LinkedHashMap<>();

    /** Stores {@code subscription} under {@code id}, unless the organisation holds one with the same criteria. */
    synchronized Optional<Stored> storeUnlessDuplicate(String id, String organisation, Subscription subscription) {
        for (Stored stored : byId.values()) {
            if (stored.organisation().equals(organisation)
                    && stored.subscription().getCriteria().equals(subscription.getCriteria())) {
                return Optional.of(stored);
            }
        }
        byId.put(id, new Stored(id, organisation, subscription.copy()));
        return Optional.empty();
    }

    /** A copy of the subscription with this id: callers may change it without changing what is held. */
    synchronized Optional<Subscription> read(String id) {
        return Optional.ofNullable(byId.get(id)).map(s -> s.subscription().copy());
    }

    synchronized boolean delete(String id) {
        return byId.remove(id) != null;
    }

    synchronized List<Stored> all() {
        return byId.values().stream()
                .map(s -> new Stored(s.id(), s.organisation(), s.subscription().copy()))
                .toList();
    }

    synchronized void clear() {
        byId.clear();
    }
}
