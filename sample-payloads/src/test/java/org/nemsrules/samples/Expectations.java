package org.nemsrules.samples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * The findings a sample recording is annotated with, and the check of actual findings against
 * them. The annotation format is documented in {@code sample-payloads/README.md}:
 *
 * <ul>
 *   <li>in a {@code .http} file, a comment {@code # expect: <rule-id>} expects a finding of that rule
 *       on the next line that is not blank, not a comment and not another annotation, and
 *       {@code # expect: <rule-id> line <n>} expects one on line {@code n} exactly (0 is the file as
 *       a whole);</li>
 *   <li>a sidecar {@code <file name>.expect} holds one {@code <rule-id>} or {@code <rule-id> line <n>}
 *       per line, with {@code #} comment lines; an entry without a line matches a finding anywhere in
 *       the file.</li>
 * </ul>
 *
 * An annotation that does not parse is an {@link AnnotationException} naming the file and line.
 */
public final class Expectations {
    public static final String SIDECAR_SUFFIX = ".expect";

    private static final String RULE_ID = "[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+";
    /** A comment that is meant as an annotation: {@code expect} as its first word. */
    private static final Pattern LOOKS_LIKE_ANNOTATION =
            Pattern.compile("^\\s*(?:#+|//)\\s*expect\\b.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern INLINE =
            Pattern.compile("^\\s*(?:#+|//)\\s*expect:\\s*(" + RULE_ID + ")(?:\\s+line\\s+(\\d+))?\\s*$");
    private static final Pattern SIDECAR = Pattern.compile("^\\s*(" + RULE_ID + ")(?:\\s+line\\s+(\\d+))?\\s*$");

    /**
     * One expected finding.
     *
     * @param ruleId the rule that must report it
     * @param line   the line it must be on; empty for anywhere in the file
     * @param source where the annotation is, as {@code file:line}
     */
    public record Expected(String ruleId, OptionalInt line, String source) {
        public boolean matches(Finding finding) {
            return finding.ruleId().equals(ruleId)
                    && (line.isEmpty() || finding.location().line() == line.getAsInt());
        }

        @Override
        public String toString() {
            return ruleId + (line.isPresent() ? " on line " + line.getAsInt() : " anywhere") + " (" + source + ")";
        }
    }

    /** An annotation that does not parse, or that points at nothing. */
    public static final class AnnotationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnnotationException(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    /**
     * The result of comparing findings with the expectations.
     *
     * @param missing    expectations no finding meets
     * @param unexpected findings of severity ERROR that no expectation meets
     */
    public record Outcome(List<Expected> missing, List<Finding> unexpected) {
        public boolean passed() {
            return missing.isEmpty() && unexpected.isEmpty();
        }

        /** A multi-line description of what went wrong, for a failure message. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            for (Expected e : missing) {
                out.append("\n  missing: ").append(e);
            }
            for (Finding f : unexpected) {
                out.append("\n  unexpected: ").append(describe(f));
            }
            return out.toString();
        }

        static String describe(Finding f) {
            return f.location().fileAndLine() + ": " + f.severity().label() + " " + f.ruleId() + " " + f.message();
        }
    }

    private final List<Expected> expected;

    public Expectations(List<Expected> expected) {
        this.expected = List.copyOf(expected);
    }

    public List<Expected> all() {
        return expected;
    }

    public boolean isEmpty() {
        return expected.isEmpty();
    }

    /** The annotations of a recording: its own comments (for {@code .http}) and its sidecar, if any. */
    public static Expectations of(Path recording, String shownAs) throws IOException {
        List<Expected> all = new ArrayList<>();
        String name = recording.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".http") || name.endsWith(".rest")) {
            all.addAll(parseHttp(shownAs, decode(Files.readAllBytes(recording))));
        }
        Path sidecar = sidecarOf(recording);
        if (Files.exists(sidecar)) {
            all.addAll(parseSidecar(
                    shownAs + SIDECAR_SUFFIX, new String(Files.readAllBytes(sidecar), StandardCharsets.UTF_8)));
        }
        return new Expectations(all);
    }

    public static Path sidecarOf(Path recording) {
        return recording.resolveSibling(recording.getFileName() + SIDECAR_SUFFIX);
    }

    /** The annotations in the comments of a {@code .http} file. */
    public static List<Expected> parseHttp(String file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Expected> out = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        List<String> pendingRules = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (LOOKS_LIKE_ANNOTATION.matcher(line).matches()) {
                Matcher m = INLINE.matcher(line);
                if (!m.matches()) {
                    throw new AnnotationException(
                            file,
                            number,
                            "annotation does not parse: '" + line.strip()
                                    + "'; expected '# expect: <rule-id>' or '# expect: <rule-id> line <n>'");
                }
                if (m.group(2) != null) {
                    out.add(new Expected(
                            m.group(1), OptionalInt.of(lineNumber(file, number, m.group(2))), file + ":" + number));
                } else {
                    pending.add(number);
                    pendingRules.add(m.group(1));
                }
            } else if (!line.isBlank() && !isComment(line)) {
                for (int p = 0; p < pending.size(); p++) {
                    out.add(new Expected(pendingRules.get(p), OptionalInt.of(number), file + ":" + pending.get(p)));
                }
                pending.clear();
                pendingRules.clear();
            }
        }
        if (!pending.isEmpty()) {
            throw new AnnotationException(
                    file,
                    pending.get(0),
                    "annotation '" + pendingRules.get(0)
                            + "' has no line after it to point at; use '# expect: <rule-id> line <n>' "
                            + "(line 0 for the file as a whole)");
        }
        return out;
    }

    /** The entries of a sidecar {@code .expect} file. */
    public static List<Expected> parseSidecar(String file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = SIDECAR.matcher(line);
            if (!m.matches()) {
                throw new AnnotationException(
                        file,
                        number,
                        "entry does not parse: '" + line.strip() + "'; expected '<rule-id>' or '<rule-id> line <n>'");
            }
            out.add(new Expected(
                    m.group(1),
                    m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(lineNumber(file, number, m.group(2))),
                    file + ":" + number));
        }
        return out;
    }

    /**
     * Compares findings with the expectations: every expectation must be met by some finding, and
     * every ERROR finding must meet some expectation. Warnings and infos may go unannotated.
     */
    public Outcome check(List<Finding> findings) {
        List<Expected> missing = expected.stream()
                .filter(e -> findings.stream().noneMatch(e::matches))
                .toList();
        List<Finding> unexpected = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> expected.stream().noneMatch(e -> e.matches(f)))
                .toList();
        return new Outcome(missing, unexpected);
    }

    private static boolean isComment(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") || t.startsWith("//");
    }

    private static int lineNumber(String file, int at, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new AnnotationException(file, at, "line number '" + digits + "' is out of range");
        }
    }

    /**
     * Text to look for annotations in: UTF-16 when the file starts with a UTF-16 byte order mark,
     * else UTF-8, else ISO-8859-1 (which maps every byte, so the ASCII annotations of a file saved
     * in Latin-1 on purpose stay readable).
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
