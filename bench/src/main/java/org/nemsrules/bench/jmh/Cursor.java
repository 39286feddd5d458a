package org.nemsrules.bench.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Each benchmark thread's position in the corpus. Threads start half a corpus apart so that two threads do not
 * validate the same recording at the same moment (which would flatter shared caches).
 */
@State(Scope.Thread)
public class Cursor {
    private int next;

    /** Places the thread; JMH calls it once per trial. */
    @Setup
    public void place(ThreadParams params) {
        next = params.getThreadIndex() * 499;
    }

    /** The next index below {@code size}, cycling. */
    public int index(int size) {
        int index = next % size;
        next = (next + 1) % size;
        return index;
    }

    /** The next recording, cycling. */
    public InMemoryCorpus.Entry next(InMemoryCorpus corpus) {
        InMemoryCorpus.Entry entry = corpus.get(next % corpus.size());
        next = (next + 1) % corpus.size();
        return entry;
    }
}
