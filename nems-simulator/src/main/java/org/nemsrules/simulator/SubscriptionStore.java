package org.nemsrules.simulator;

import java.util.HashMap;
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

    /** What makes two subscriptions the same one: who holds it, and its criteria. */
    private record Key(String organisation, String criteria) {}

    private final Map<String, Stored> byId = new LinkedHashMap<>();
    /** The same subscriptions by key: a create finds a duplicate without reading every subscription held. */
    private final Map<Key, Stored> byKey = new HashMap<>();

    /** Stores {@code subscription} under {@code id}, unless the organisation holds one with the same criteria. */
    synchronized Optional<Stored> storeUnlessDuplicate(String id, String organisation, Subscription subscription) {
        Key key = new Key(organisation, subscription.getCriteria());
        Stored held = byKey.get(key);
        if (held != null) {
            return Optional.of(held);
        }
        Stored stored = new Stored(id, organisation, subscription.copy());
        byId.put(id, stored);
        byKey.put(key, stored);
        return Optional.empty();
    }

    /** A copy of the subscription with this id: callers may change it without changing what is held. */
    synchronized Optional<Subscription> read(String id) {
        return Optional.ofNullable(byId.get(id)).map(s -> s.subscription().copy());
    }

    synchronized boolean delete(String id) {
        Stored removed = byId.remove(id);
        if (removed == null) {
            return false;
        }
        byKey.remove(new Key(removed.organisation(), removed.subscription().getCriteria()));
        return true;
    }

    synchronized List<Stored> all() {
        return byId.values().stream()
                .map(s -> new Stored(s.id(), s.organisation(), s.subscription().copy()))
                .toList();
    }

    synchronized void clear() {
        byId.clear();
        byKey.clear();
    }
}
