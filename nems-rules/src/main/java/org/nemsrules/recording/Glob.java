package org.nemsrules.recording;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob, matched against a relative path written with {@code /}, in time proportional to the length of the path
 * times the length of the glob, whatever either holds.
 *
 * <p>The syntax is that of {@link java.nio.file.FileSystem#getPathMatcher} ({@code glob:}), which this replaces:
 * <ul>
 * <li>{@code *} any characters within one name, {@code **} any characters across names, {@code ?} one character
 *     within a name;</li>
 * <li>{@code [abc]}, {@code [a-z]}, {@code [!a-z]} one character of (or not of) a set, never {@code /};</li>
 * <li>{@code {a,b}} one of the alternatives (groups do not nest; a comma outside a group is a comma);</li>
 * <li>and one addition, as users of Ant, Maven and Git expect: {@code **}{@code /} at the start of the glob or after a
 *     {@code /} also matches no directory at all, so {@code a/**}{@code /b.http} matches {@code a/b.http}.</li>
 * </ul>
 * A backslash is read as {@code /}, so that a glob written with Windows separators means the same; there are no
 * escapes: {@code [*]}, {@code [?]}, {@code [[]} and <code>[&#123;]</code> stand for those characters themselves.
 *
 * <p>Why not the JDK's matcher: it translates the glob into a {@link java.util.regex.Pattern}, which backtracks, and
 * {@code *a*a*a*a*b} took 30 seconds on a path of 600 characters (with more {@code *a}, longer than anyone waits). Here
 * the glob becomes a nondeterministic automaton whose states are followed all at once, one character at a time, so no
 * character is ever looked at twice for the same state.
 */
public final class Glob {
    private static final int ACCEPT = 0;

    private final String text;
    /**
     * The automaton. State {@code s} consumes one character that passes {@code tests[s]} and moves to
     * {@code next[s][0]}; when {@code tests[s]} is null it moves, without consuming anything, to every state of
     * {@code next[s]}. Every cycle passes through a consuming state.
     */
    private final CharTest[] tests;

    private final int[][] next;
    private final int start;

    private Glob(String text, CharTest[] tests, int[][] next, int start) {
        this.text = text;
        this.tests = tests;
        this.next = next;
        this.start = start;
    }

    /** A glob matched with case as written. */
    public static Glob of(String glob) {
        return of(glob, false);
    }

    /**
     * A glob, matched with or without regard to case ({@code ignoreCase}, as the JDK's matcher does on Windows, whose
     * file names ignore case).
     *
     * @throws InvalidGlobException when the glob cannot be read, e.g. an unclosed {@code [} or <code>&#123;</code>
     */
    public static Glob of(String glob, boolean ignoreCase) {
        return new Compiler(glob, ignoreCase).compile();
    }

    /** The glob as it was given. */
    public String text() {
        return text;
    }

    /** Whether the glob matches the whole of {@code path}, a relative path with {@code /} between names. */
    public boolean matches(String path) {
        int states = tests.length;
        int[] current = new int[states];
        int[] following = new int[states];
        int[] seenAt = new int[states];
        int[] stack = new int[states];
        int step = 1;
        int size = close(start, current, 0, seenAt, step, stack);
        for (int at = 0; at < path.length() && size > 0; ) {
            int c = path.codePointAt(at);
            at += Character.charCount(c);
            step++;
            int followingSize = 0;
            for (int k = 0; k < size; k++) {
                int s = current[k];
                if (tests[s] != null && tests[s].test(c)) {
                    followingSize = close(next[s][0], following, followingSize, seenAt, step, stack);
                }
            }
            int[] swap = current;
            current = following;
            following = swap;
            size = followingSize;
        }
        for (int k = 0; k < size; k++) {
            if (current[k] == ACCEPT) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code state} and every state it reaches without consuming to {@code set}; each state at most once a step. */
    private int close(int state, int[] set, int size, int[] seenAt, int step, int[] stack) {
        int top = 0;
        if (seenAt[state] != step) {
            seenAt[state] = step;
            stack[top++] = state;
        }
        while (top > 0) {
            int s = stack[--top];
            if (tests[s] != null || s == ACCEPT) {
                set[size++] = s;
                continue;
            }
            for (int t : next[s]) {
                if (seenAt[t] != step) {
                    seenAt[t] = step;
                    stack[top++] = t;
                }
            }
        }
        return size;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Which characters a consuming state takes. */
    private interface CharTest {
        boolean test(int c);
    }

    /** A piece of a parsed glob, which adds its states in front of {@code next} and returns where they start. */
    private interface Piece {
        int emit(Compiler compiler, int next);
    }

    /** Reads a glob into pieces, then builds the automaton from the last piece to the first. */
    private static final class Compiler {
        private static final CharTest WITHIN_NAME = c -> c != '/';
        private static final CharTest ANY = c -> true;

        private final String glob;
        private final int[] chars;
        private final boolean ignoreCase;
        private int at;
        private final List<CharTest> tests = new ArrayList<>();
        private final List<int[]> next = new ArrayList<>();

        Compiler(String glob, boolean ignoreCase) {
            this.glob = glob;
            this.chars = glob.replace('\\', '/').codePoints().toArray();
            this.ignoreCase = ignoreCase;
        }

        Glob compile() {
            List<Piece> pieces = sequence(false);
            state(null, new int[0]);
            int start = emit(pieces, ACCEPT);
            return new Glob(glob, tests.toArray(new CharTest[0]), next.toArray(new int[0][]), start);
        }

        private List<Piece> sequence(boolean inGroup) {
            List<Piece> pieces = new ArrayList<>();
            while (at < chars.length) {
                int c = chars[at];
                if (inGroup && (c == ',' || c == '}')) {
                    return pieces;
                }
                switch (c) {
                    case '*' -> pieces.add(stars());
                    case '?' -> {
                        at++;
                        pieces.add((compiler, next) -> compiler.consume(WITHIN_NAME, next));
                    }
                    case '[' -> pieces.add(set());
                    case '{' -> {
                        if (inGroup) {
                            throw invalid("{ at character " + (at + 1) + " inside a group: groups cannot be nested");
                        }
                        pieces.add(group());
                    }
                    default -> {
                        at++;
                        CharTest test = ignoreCase ? other -> fold(other) == fold(c) : other -> other == c;
                        pieces.add((compiler, next) -> compiler.consume(test, next));
                    }
                }
            }
            return pieces;
        }

        private Piece stars() {
            if (at + 1 >= chars.length || chars[at + 1] != '*') {
                at++;
                return (compiler, next) -> compiler.loop(WITHIN_NAME, next);
            }
            boolean startsAName = at == 0 || chars[at - 1] == '/';
            if (startsAName && at + 2 < chars.length && chars[at + 2] == '/') {
                at += 3;
                // Directories and their separator, or nothing at all.
                return (compiler, next) ->
                        compiler.fork(compiler.loop(ANY, compiler.consume(c -> c == '/', next)), next);
            }
            at += 2;
            return (compiler, next) -> compiler.loop(ANY, next);
        }

        private Piece set() {
            int open = at++;
            boolean negated = at < chars.length && chars[at] == '!';
            if (negated) {
                at++;
            }
            List<int[]> ranges = new ArrayList<>();
            if (at < chars.length && chars[at] == '-') {
                ranges.add(new int[] {'-', '-'});
                at++;
            }
            boolean rangeMayFollow = false;
            while (true) {
                if (at >= chars.length) {
                    throw invalid("unclosed [ at character " + (open + 1) + "; a set of characters such as [abc] or "
                            + "[a-z] ends with ] (write [[] for a [ itself)");
                }
                int c = chars[at++];
                if (c == ']') {
                    if (ranges.isEmpty()) {
                        throw invalid(
                                "empty set [] at character " + (open + 1) + ": a set holds at least one character");
                    }
                    break;
                }
                if (c == '/') {
                    throw invalid("/ at character " + at + " inside [ ]: a set of characters matches one character "
                            + "within a name, never a separator");
                }
                if (c != '-') {
                    ranges.add(new int[] {c, c});
                    rangeMayFollow = true;
                    continue;
                }
                if (!rangeMayFollow) {
                    throw invalid("- at character " + at + " inside [ ] follows no character, so it starts no range");
                }
                if (at >= chars.length) {
                    continue;
                }
                int end = chars[at++];
                if (end == ']') {
                    ranges.add(new int[] {'-', '-'});
                    break;
                }
                int[] range = ranges.get(ranges.size() - 1);
                if (end < range[0]) {
                    throw invalid("range " + Character.toString(range[0]) + "-" + Character.toString(end)
                            + " at character " + (at - 2) + " runs backwards; write " + Character.toString(end) + "-"
                            + Character.toString(range[0]));
                }
                range[1] = end;
                rangeMayFollow = false;
            }
            int[][] set = ranges.toArray(new int[0][]);
            CharTest test = c -> c != '/'
                    && (inSet(set, c)
                                    || (ignoreCase
                                            && (inSet(set, Character.toLowerCase(c))
                                                    || inSet(set, Character.toUpperCase(c)))))
                            != negated;
            return (compiler, next) -> compiler.consume(test, next);
        }

        private Piece group() {
            int open = at++;
            List<List<Piece>> alternatives = new ArrayList<>();
            while (true) {
                alternatives.add(sequence(true));
                if (at >= chars.length) {
                    throw invalid("unclosed { at character " + (open + 1) + "; a group such as {a,b} ends with } "
                            + "(write [{] for a { itself)");
                }
                if (chars[at++] == '}') {
                    break;
                }
            }
            return (compiler, next) -> compiler.fork(alternatives.stream()
                    .mapToInt(alternative -> compiler.emit(alternative, next))
                    .toArray());
        }

        private static boolean inSet(int[][] set, int c) {
            for (int[] range : set) {
                if (c >= range[0] && c <= range[1]) {
                    return true;
                }
            }
            return false;
        }

        private static int fold(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private int emit(List<Piece> pieces, int next) {
            int start = next;
            for (int k = pieces.size() - 1; k >= 0; k--) {
                start = pieces.get(k).emit(this, start);
            }
            return start;
        }

        private int state(CharTest test, int[] targets) {
            tests.add(test);
            next.add(targets);
            return tests.size() - 1;
        }

        private int consume(CharTest test, int target) {
            return state(test, new int[] {target});
        }

        private int fork(int... targets) {
            return state(null, targets);
        }

        /** Any number of characters that pass {@code test}, then {@code target}. */
        private int loop(CharTest test, int target) {
            int fork = fork(target);
            int body = consume(test, fork);
            next.set(fork, new int[] {body, target});
            return fork;
        }

        private InvalidGlobException invalid(String problem) {
            return new InvalidGlobException(glob, problem);
        }
    }
}
