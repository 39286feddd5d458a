package org.nemsrules.suppression;

import org.nemsrules.model.Suppression;

/**
 * The logical path of a finding about a suppression: it names the selector, so two suppressions of one
 * request keep apart in fingerprints and baselines even when a line moves.
 */
final class Paths {
    private Paths() {}

    static String of(Suppression s) {
        return "suppression:" + s.selector();
    }
}
