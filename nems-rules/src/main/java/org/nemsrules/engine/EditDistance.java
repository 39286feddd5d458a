package org.nemsrules.engine;

/**
 * How many single-character insertions, deletions and substitutions turn one text into another
 * (Levenshtein). Rules use it to say "did you mean" for a near miss of a known code; the texts
 * compared are short codes and parameter names, so the quadratic cost does not matter, as long as a
 * hostile value (a megabyte where a code should be) is not compared cell by cell.
 */
public final class EditDistance {
    /**
     * The largest table filled: a 2,500-character text against a 40-character code. Beyond it the distance is
     * taken to be the longer length, which bounds it from above and, for a long text against a short code, is
     * within the code's length of it; no caller suggests a code that far from what was written.
     */
    static final long MAX_CELLS = 100_000;

    private EditDistance() {}

    public static int between(String a, String b) {
        if ((long) a.length() * b.length() > MAX_CELLS) {
            return a.equals(b) ? 0 : Math.max(a.length(), b.length());
        }
        return table(a, b, Integer.MAX_VALUE);
    }

    /**
     * {@link #between} when it is at most {@code limit}, else {@code limit + 1}: for a caller that only keeps
     * candidates within a limit, such as "did you mean" against every known code for each unknown one. It stops as
     * soon as the limit is out of reach (lengths further apart than it, or a row of the table all over it: the
     * distance is at least the smallest cell of any row), which is most candidates.
     */
    public static int atMost(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        if ((long) a.length() * b.length() > MAX_CELLS) {
            return Math.min(between(a, b), limit + 1);
        }
        return Math.min(table(a, b, limit), limit + 1);
    }

    /** The table's last cell, two rows at a time; or, once a whole row is over {@code limit}, that row's smallest. */
    private static int table(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int smallest = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                smallest = Math.min(smallest, current[j]);
            }
            if (smallest > limit) {
                return smallest;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
