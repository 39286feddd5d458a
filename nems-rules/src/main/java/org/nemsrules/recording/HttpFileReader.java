package org.nemsrules.recording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.LineEnds;
import org.nemsrules.model.Origin;
import org.nemsrules.model.Suppression;

/**
 * Reads {@code .http} files: raw HTTP/1.1 request messages as the specification's examples show
 * them (request line, header lines, blank line, body). Several requests are separated by lines
 * starting with {@code ###}. Lines starting with {@code #} or {@code //} are comments before the
 * request line and among the headers (where annotations such as {@code # expect:} sit); in the
 * body they are content. A comment {@code # nems-rules: ignore <rule-id> — <reason>} before a request line
 * suppresses that rule for that request (see {@link Suppression}). A line ends at CR LF, LF or CR
 * alone ({@link LineEnds}); the body keeps the line ends it was recorded with.
 */
public final class HttpFileReader {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/\\d(\\.\\d)?");

    /** One line of the file: its 1-based number, its text without the line ending, and where it starts and ends. */
    private record Line(int number, String text, int start, int end) {
        boolean isBlank() {
            return text.isBlank();
        }

        boolean isComment() {
            String t = text.stripLeading();
            return t.startsWith("#") || t.startsWith("//");
        }
    }

    private final HttpEnvironment environment;
    private final Path directory;
    private final long maxBytes;

    /** A reader with no IDE environment, which reads no request body from a file. */
    public HttpFileReader() {
        this(HttpEnvironment.none(), null, RecordingReader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param environment the IDE environment whose variables the recording may use
     * @param directory   the recording's directory, against which a body file ({@code < ./body.json}) is resolved;
     *                    {@code null} when the recording is not a file
     * @param maxBytes    the bound on a body read from a file, as on a recording
     */
    public HttpFileReader(HttpEnvironment environment, Path directory, long maxBytes) {
        this.environment = java.util.Objects.requireNonNull(environment, "environment");
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    public Recording read(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            return Recording.unreadable(file, decoded.problem());
        }
        String text = decoded.text();
        List<Interaction> interactions = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (Line line : lines(text)) {
            if (line.text().startsWith("###")) {
                readBlock(file, text, block, interactions, problems);
                block.clear();
            } else {
                block.add(line);
            }
        }
        readBlock(file, text, block, interactions, problems);
        return new Recording(file, interactions, problems);
    }

    private static List<Line> lines(String text) {
        return LineEnds.of(text).stream()
                .map(line -> new Line(line.number(), line.in(text), line.start(), line.end()))
                .toList();
    }

    private void readBlock(String file, String text, List<Line> block, List<Interaction> interactions,
            List<ReadProblem> problems) {
        int i = 0;
        List<Suppression> suppressions = new ArrayList<>();
        while (i < block.size() && (block.get(i).isBlank() || block.get(i).isComment())) {
            Line line = block.get(i++);
            SuppressionComment.parse(line.text(), line.number()).ifPresent(suppressions::add);
        }
        if (i == block.size()) {
            return;
        }
        Line requestLine = block.get(i++);
        String[] parts = requestLine.text().strip().split("[ \\t]+");
        String problem = requestLineProblem(parts);
        if (problem != null) {
            problems.add(new ReadProblem(MalformedRequestLineRule.ID, requestLine.number(), 1,
                    problem + "; found '" + abbreviate(requestLine.text()) + "'"));
            return;
        }
        List<Header> headers = new ArrayList<>();
        while (i < block.size() && !block.get(i).isBlank()) {
            Line line = block.get(i++);
            if (line.isComment()) {
                continue;
            }
            header(line, problems).ifPresent(headers::add);
        }
        while (i < block.size() && block.get(i).isBlank()) {
            i++;
        }
        int last = block.size() - 1;
        while (last >= i && block.get(last).isBlank()) {
            last--;
        }
        Body body = i <= last
                ? Body.of(text.substring(block.get(i).start(), block.get(last).end()), block.get(i).number())
                : Body.empty();
        interactions.add(new Interaction(file, interactions.size(), Origin.HTTP_FILE, parts[0], parts[1],
                requestLine.number(), Headers.of(headers), body, suppressions));
    }

    private static String requestLineProblem(String[] parts) {
        if (!TOKEN.matcher(parts[0]).matches()) {
            return "the request line does not start with an HTTP method; expected 'METHOD TARGET HTTP/1.1'";
        }
        if (parts.length == 1) {
            return "the request line is truncated: it has a method but no target; expected 'METHOD TARGET HTTP/1.1'";
        }
        if (parts.length > 3) {
            return "the request line has " + parts.length + " parts; expected 'METHOD TARGET HTTP/1.1' "
                    + "(a space in the target must be percent-encoded as %20)";
        }
        if (parts.length == 3 && !VERSION.matcher(parts[2]).matches()) {
            return "'" + abbreviate(parts[2]) + "' is not an HTTP version; expected 'METHOD TARGET HTTP/1.1'";
        }
        return null;
    }

    private static java.util.Optional<Header> header(Line line, List<ReadProblem> problems) {
        String raw = line.text();
        if (raw.startsWith(" ") || raw.startsWith("\t")) {
            problems.add(new ReadProblem(MalformedHeaderRule.ID, line.number(), 1,
                    "a header line starts with whitespace (obsolete line folding, not allowed in HTTP/1.1); "
                            + "put each header on one line: '" + abbreviate(raw.strip()) + "'"));
            return java.util.Optional.empty();
        }
        int colon = raw.indexOf(':');
        Matcher name = TOKEN.matcher(colon < 0 ? raw : raw.substring(0, colon));
        if (colon <= 0 || !name.matches()) {
            problems.add(new ReadProblem(MalformedHeaderRule.ID, line.number(), 1, colon < 0
                    ? "a header line has no ':'; expected 'Name: value', found '" + abbreviate(raw) + "'"
                    : "the header name '" + abbreviate(raw.substring(0, colon)) + "' is not a valid HTTP field name "
                            + "(no spaces, no separators); expected 'Name: value'"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Header(raw.substring(0, colon), raw.substring(colon + 1).strip(), line.number()));
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
