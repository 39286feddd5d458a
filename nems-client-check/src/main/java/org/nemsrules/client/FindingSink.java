package org.nemsrules.client;

import java.util.ArrayList;
import java.util.List;

/** Collects what a check in report mode found, request by request. Thread-safe: any number of clients report to one. */
public final class FindingSink {
    private final List<CheckedRequest> checked = new ArrayList<>();

    void add(CheckedRequest request) {
        synchronized (checked) {
            checked.add(request);
        }
    }

    /** Every request reported so far, in the order they were checked. */
    public List<CheckedRequest> checked() {
        synchronized (checked) {
            return List.copyOf(checked);
        }
    }

    /** The requests with at least one error. */
    public List<CheckedRequest> withErrors() {
        return checked().stream().filter(CheckedRequest::hasErrors).toList();
    }

    /** Forgets every request reported so far. */
    public void clear() {
        synchronized (checked) {
            checked.clear();
        }
    }
}
