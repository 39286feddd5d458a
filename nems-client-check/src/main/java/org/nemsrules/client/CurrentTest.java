package org.nemsrules.client;

import java.util.Optional;

/**
 * The test running now, as {@link NemsRequestsExtension} announces it, so that a request a client sends during it is
 * recorded and reported under its name. The test's own thread knows it; a client's pool thread (an async call) gets
 * the test last started, which is right whenever tests run one at a time.
 */
final class CurrentTest {
    private static final ThreadLocal<String> ON_THIS_THREAD = new ThreadLocal<>();
    private static volatile String lastStarted;

    private CurrentTest() {}

    static void started(String test) {
        ON_THIS_THREAD.set(test);
        lastStarted = test;
    }

    static void finished() {
        ON_THIS_THREAD.remove();
        lastStarted = null;
    }

    static Optional<String> name() {
        String here = ON_THIS_THREAD.get();
        return Optional.ofNullable(here != null ? here : lastStarted);
    }
}
