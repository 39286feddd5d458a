package org.nemsrules.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.report.FileResult;

/**
 * The rule reference's examples, found in the sample recordings rather than written twice: for each rule, the
 * invalid sample annotated with it that has the fewest other faults, and the valid sample that differs from it
 * least, shown as a diff. A pair is only used when the rule really fires on the invalid sample and stays silent on
 * the valid one, so an example cannot drift from what the rule does. Token lines are shown as the JWT claims
 * that differ, since a diff of base64 says nothing.
 */
final class RuleExamples {
    private static final int MAX_CHANGED_LINES = 8;
    private static final int CONTEXT = 1;
    private static final int MAX_LINE = 140;
    private static final Pattern BEARER =
            Pattern.compile("^(Authorization:\\s*Bearer\\s+)(\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAULT = Pattern.compile("^#\\s*Fault:\\s*(.+)$", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path samples;
    private final NemsValidator validator;
    private final Map<Path, FileResult> results = new LinkedHashMap<>();

    private RuleExamples(Path samples) throws IOException {
        this.samples = samples;
        NemsValidator.Builder builder = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .threads(1)
                .baseDirectory(samples);
        Path config = samples.resolve("nems-rules.yaml");
        if (Files.isRegularFile(config)) {
            try {
                SupplierConfig.load(config).applyTo(builder);
            } catch (org.nemsrules.config.ConfigException e) {
                throw new IllegalStateException(String.join("\n", e.errors()), e);
            }
        }
        this.validator = builder.build();
    }

    /** Rule id to its Markdown example block, for every rule that has one; the samples folder is required. */
    static Map<String, String> from(Path samples, List<RuleMetadata> rules) throws IOException {
        return new RuleExamples(samples).all(rules);
    }

    private Map<String, String> all(List<RuleMetadata> rules) throws IOException {
        List<Path> invalid = recordings(samples.resolve("invalid"));
        List<Path> valid = recordings(samples.resolve("valid"));
        Map<String, String> examples = new TreeMap<>();
        for (RuleMetadata rule : rules) {
            example(rule.id(), invalid, valid).ifPresent(md -> examples.put(rule.id(), md));
        }
        return examples;
    }

    private Optional<String> example(String ruleId, List<Path> invalid, List<Path> valid) throws IOException {
        Optional<Path> failing = invalid.stream()
                .filter(file -> annotates(file, ruleId) && fires(file, ruleId))
                .min(Comparator.comparingInt((Path file) -> otherRules(file, ruleId))
                        .thenComparingInt(file -> lines(file).size())
                        .thenComparing(Path::toString));
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        Path bad = failing.get();
        List<String> badLines = significant(bad);
        Optional<List<Edit>> bestDiff = Optional.empty();
        Path fixed = null;
        for (Path good : valid) {
            if (!extension(good).equals(extension(bad)) || fires(good, ruleId)) {
                continue;
            }
            List<Edit> diff = Diff.lines(badLines, significant(good));
            long changed = diff.stream().filter(e -> e.kind() != ' ').count();
            if (changed <= MAX_CHANGED_LINES
                    && (bestDiff.isEmpty()
                            || changed
                                    < bestDiff.get().stream()
                                            .filter(e -> e.kind() != ' ')
                                            .count())) {
                bestDiff = Optional.of(diff);
                fixed = good;
            }
        }
        StringBuilder md = new StringBuilder("- Example: ").append(link(bad));
        fault(bad).ifPresent(f -> md.append(" (").append(f).append(')'));
        if (bestDiff.isPresent()) {
            md.append(", and the change that makes it valid, as in ")
                    .append(link(fixed))
                    .append(":\n\n");
            md.append("  ```diff\n");
            for (String line : render(hunks(bestDiff.get()))) {
                md.append("  ").append(line).append('\n');
            }
            md.append("  ```\n");
        } else {
            int line = result(bad).findings().stream()
                    .filter(f -> f.ruleId().equals(ruleId))
                    .mapToInt(f -> f.location().line())
                    .findFirst()
                    .orElse(1);
            md.append(", around line ")
                    .append(line)
                    .append(":\n\n  ```")
                    .append(fence(bad))
                    .append('\n');
            for (String excerpt : excerpt(bad, line)) {
                md.append("  ").append(excerpt).append('\n');
            }
            md.append("  ```\n");
        }
        return Optional.of(md.toString());
    }

    /** The lines around a finding, without annotations, tokens shortened. */
    private static List<String> excerpt(Path file, int line) {
        List<String> all = lines(file);
        List<String> shown = new ArrayList<>();
        for (int i = Math.max(1, line - 2); i <= Math.min(all.size(), line + 2); i++) {
            String text = all.get(i - 1);
            if (text.startsWith("# expect:")) {
                continue;
            }
            Matcher bearer = BEARER.matcher(text);
            shown.add(
                    bearer.matches() ? bearer.group(1) + abbreviate(bearer.group(2), 24) : abbreviate(text, MAX_LINE));
        }
        if (shown.isEmpty()) {
            shown.add("(an empty recording)");
        }
        return shown;
    }

    private boolean annotates(Path file, String ruleId) {
        Pattern annotation = Pattern.compile("(^|expect:\\s*)" + Pattern.quote(ruleId) + "(\\s|$)", Pattern.MULTILINE);
        Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
        String text = read(Files.isRegularFile(sidecar) ? sidecar : file);
        return annotation.matcher(text).find();
    }

    private boolean fires(Path file, String ruleId) {
        return result(file).findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    private int otherRules(Path file, String ruleId) {
        return (int) result(file).findings().stream()
                .map(Finding::ruleId)
                .filter(id -> !id.equals(ruleId))
                .distinct()
                .count();
    }

    private FileResult result(Path file) {
        return results.computeIfAbsent(file, validator::validateFile);
    }

    private String link(Path file) {
        String relative = samples.getFileName() + "/"
                + samples.relativize(file).toString().replace('\\', '/');
        return "[`" + relative + "`](../" + relative + ")";
    }

    private static Optional<String> fault(Path file) {
        Matcher m = FAULT.matcher(read(file));
        return m.find() ? Optional.of(escape(m.group(1).strip())) : Optional.empty();
    }

    private static String escape(String plain) {
        return plain.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
    }

    /** The lines that carry the request: comments (and with them the annotations) are left out. */
    private static List<String> significant(Path file) {
        boolean http = file.toString().endsWith(".http");
        return lines(file).stream()
                .filter(l -> !http || !(l.startsWith("#") || l.startsWith("//")))
                .toList();
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    private static String read(Path file) {
        try {
            // Some invalid samples are not UTF-8 on purpose: show them as a UTF-8 reader would, with U+FFFD.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fence(Path file) {
        return switch (extension(file)) {
            case "har", "json" -> "json";
            case "xml" -> "xml";
            default -> "http";
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static List<Path> recordings(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Set.of("http", "har", "xml", "json").contains(extension(f)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The edits with {@value #CONTEXT} line of context around each change, "..." between distant changes. */
    private static List<Edit> hunks(List<Edit> diff) {
        List<Edit> shown = new ArrayList<>();
        int lastShown = -1;
        for (int i = 0; i < diff.size(); i++) {
            boolean near = false;
            for (int j = Math.max(0, i - CONTEXT); j <= Math.min(diff.size() - 1, i + CONTEXT); j++) {
                near |= diff.get(j).kind() != ' ';
            }
            if (!near) {
                continue;
            }
            if (lastShown >= 0 && i > lastShown + 1) {
                shown.add(new Edit(' ', "…"));
            }
            shown.add(diff.get(i));
            lastShown = i;
        }
        return shown;
    }

    /** Diff lines, with a changed token written as the claims that changed. */
    private static List<String> render(List<Edit> edits) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            Matcher bearer = BEARER.matcher(edit.text());
            if (edit.kind() == '-' && bearer.matches()) {
                Edit added = null;
                for (int j = i + 1; j < edits.size() && edits.get(j).kind() != ' '; j++) {
                    if (edits.get(j).kind() == '+'
                            && BEARER.matcher(edits.get(j).text()).matches()) {
                        added = edits.get(j);
                    }
                }
                if (added != null) {
                    Matcher after = BEARER.matcher(added.text());
                    after.matches();
                    out.add(" Authorization: Bearer <JWT>, in which:");
                    out.addAll(claimChanges(bearer.group(2), after.group(2)));
                    edits = new ArrayList<>(edits);
                    edits.remove(added);
                    continue;
                }
            }
            if (bearer.matches()) {
                out.add(edit.kind() + bearer.group(1) + abbreviate(bearer.group(2), 24));
                continue;
            }
            Edit partner = edit.kind() == '-' ? partner(edits, i) : edit.kind() == '+' ? partnerBefore(edits, i) : null;
            out.add(edit.kind()
                    + (partner == null ? abbreviate(edit.text(), MAX_LINE) : around(edit.text(), partner.text())));
        }
        return out;
    }

    /** The '+' line that replaces the '-' line at {@code i}: the one at the same offset in its change block. */
    private static Edit partner(List<Edit> edits, int i) {
        int start = i;
        while (start > 0 && edits.get(start - 1).kind() == '-') {
            start--;
        }
        int end = i;
        while (end < edits.size() && edits.get(end).kind() == '-') {
            end++;
        }
        int at = end + (i - start);
        return at < edits.size() && edits.get(at).kind() == '+' ? edits.get(at) : null;
    }

    private static Edit partnerBefore(List<Edit> edits, int i) {
        int start = i;
        while (start > 0 && edits.get(start - 1).kind() == '+') {
            start--;
        }
        int minusEnd = start;
        int minusStart = start;
        while (minusStart > 0 && edits.get(minusStart - 1).kind() == '-') {
            minusStart--;
        }
        int at = minusStart + (i - start);
        return at < minusEnd ? edits.get(at) : null;
    }

    /** A long line cut to the part where it differs from its counterpart, so the change shows. */
    private static String around(String text, String other) {
        if (text.length() <= MAX_LINE) {
            return text;
        }
        int prefix = 0;
        while (prefix < text.length() && prefix < other.length() && text.charAt(prefix) == other.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < text.length() - prefix
                && suffix < other.length() - prefix
                && text.charAt(text.length() - 1 - suffix) == other.charAt(other.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - 50);
        int to = Math.min(text.length(), Math.max(text.length() - suffix + 30, from + 60));
        if (to - from > MAX_LINE) {
            to = from + MAX_LINE;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static List<String> claimChanges(String before, String after) {
        List<String> out = new ArrayList<>();
        String[] b = before.split("\\.", -1);
        String[] a = after.split("\\.", -1);
        String[] parts = {"header", "claim"};
        for (int p = 0; p < 2; p++) {
            Map<String, Object> was = decode(b, p);
            Map<String, Object> is = decode(a, p);
            if (was == null || is == null) {
                return tokenChange(before, after);
            }
            Set<String> names = new java.util.TreeSet<>(was.keySet());
            names.addAll(is.keySet());
            for (String name : names) {
                if (!Objects.equals(was.get(name), is.get(name))) {
                    if (was.containsKey(name)) {
                        out.add("-  " + parts[p] + " " + name + ": " + abbreviate(json(was.get(name)), MAX_LINE));
                    }
                    if (is.containsKey(name)) {
                        out.add("+  " + parts[p] + " " + name + ": " + abbreviate(json(is.get(name)), MAX_LINE));
                    }
                }
            }
        }
        if (!Objects.equals(b.length > 2 ? b[2] : null, a.length > 2 ? a[2] : null)) {
            out.add("-  signature: " + (b.length > 2 ? abbreviate(b[2], 24) : "(none)"));
            out.add("+  signature: " + (a.length > 2 ? abbreviate(a[2], 24) : "(none)"));
        }
        // Tokens that decode alike differ in their encoding (padding, say): show where the text differs.
        return out.isEmpty() ? tokenChange(before, after) : out;
    }

    private static List<String> tokenChange(String before, String after) {
        return List.of("-  token " + around(before, after), "+  token " + around(after, before));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(String[] segments, int index) {
        if (segments.length <= index) {
            return null;
        }
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(segments[index]), Map.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            return String.valueOf(value);
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    record Edit(char kind, String text) {}

    /** A longest-common-subsequence line diff: recordings are small, so quadratic is fine. */
    static final class Diff {
        private Diff() {}

        static List<Edit> lines(List<String> from, List<String> to) {
            int n = from.size();
            int m = to.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = from.get(i).equals(to.get(j))
                            ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<Edit> edits = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && from.get(i).equals(to.get(j))) {
                    edits.add(new Edit(' ', from.get(i++)));
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    edits.add(new Edit('-', from.get(i++)));
                } else {
                    edits.add(new Edit('+', to.get(j++)));
                }
            }
            return edits;
        }
    }
}
