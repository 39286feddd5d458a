package org.nemsrules.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.LineEnds;
import org.nemsrules.model.Origin;
import org.nemsrules.model.RecordedResponse;

/**
 * Turns one {@link RequestBlock} into an {@link Interaction}: substitutes its variables, reads the request line, the
 * headers, the body (from a file too) and the recorded response. A request with a variable that gets no value, a
 * request line that cannot be read, or a body file that cannot be read is not checked: its problems say why, each on
 * the line as written.
 */
final class RequestBlockReader {
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/\\d(\\.\\d)?");
    /** A target written without a method, which both IDEs send as GET. */
    private static final Pattern TARGET_WITHOUT_METHOD = Pattern.compile("(?i)(https?://|/).*");
    /** {@code < ./body.json}: the body is the file's bytes; {@code <@ ./body.json}: with variables substituted. */
    private static final Pattern BODY_FILE = Pattern.compile("^<(@?)\\s+(\\S.*?)\\s*$|^<@(\\S.*?)\\s*$");

    private final String file;
    private final String text;
    private final VariableResolver variables;
    private final BodyFile bodyFiles;

    RequestBlockReader(String file, String text, VariableResolver variables, BodyFile bodyFiles) {
        this.file = file;
        this.text = text;
        this.variables = variables;
        this.bodyFiles = bodyFiles;
    }

    /** The request, or empty when it cannot be checked; what could not be read is added to {@code problems}. */
    Optional<Interaction> read(RequestBlock block, int index, List<ReadProblem> problems) {
        int before = problems.size();
        Set<String> prompts = block.prompts();
        List<String> requestLine = new ArrayList<>();
        for (HttpLine line : block.requestLines()) {
            requestLine.add(substitute(line.text(), line.number(), 0, prompts, problems, "")
                    .text());
        }
        List<Header> headers = new ArrayList<>();
        for (HttpLine line : block.headerLines()) {
            VariableResolver.Resolved value = substitute(line.text(), line.number(), 0, prompts, problems, "");
            if (value.unresolved().isEmpty()) {
                header(line, value.text(), "", problems).ifPresent(headers::add);
            }
        }
        Body body = body(block.bodyLines(), prompts, problems);
        // A header that cannot be read is left out and the rest is checked; anything else leaves the request unread.
        if (problems.subList(before, problems.size()).stream()
                .anyMatch(p -> !p.ruleId().equals(ReadProblem.MALFORMED_HEADER))) {
            return Optional.empty();
        }
        HttpLine first = block.requestLines().get(0);
        String[] parts = BLANKS.split(requestLine.get(0).strip());
        if (TARGET_WITHOUT_METHOD.matcher(parts[0]).matches()) {
            String[] withMethod = new String[parts.length + 1];
            withMethod[0] = "GET";
            System.arraycopy(parts, 0, withMethod, 1, parts.length);
            parts = withMethod;
        }
        String problem = requestLineProblem(parts);
        if (problem != null) {
            boolean substituted = !requestLine.get(0).equals(first.text());
            problems.add(new ReadProblem(
                    ReadProblem.MALFORMED_REQUEST_LINE,
                    first.number(),
                    1,
                    problem + "; found '"
                            + HttpFileReader.abbreviate(first.text()) + "'"
                            + (substituted ? " (as written, before its variables were substituted)" : "")));
            return Optional.empty();
        }
        String target = parts[1] + continuation(requestLine);
        return Optional.of(new Interaction(
                file,
                index,
                Origin.HTTP_FILE,
                parts[0],
                target,
                first.number(),
                Headers.of(headers),
                body,
                block.suppressions(),
                response(block.response(), problems)));
    }

    /** The indented lines that continue the target, each stripped, as IntelliJ joins them; a last HTTP version dropped. */
    private static String continuation(List<String> requestLine) {
        StringBuilder target = new StringBuilder();
        for (int k = 1; k < requestLine.size(); k++) {
            String piece = requestLine.get(k).strip();
            int space = piece.lastIndexOf(' ');
            if (k == requestLine.size() - 1
                    && space > 0
                    && VERSION.matcher(piece.substring(space + 1)).matches()) {
                piece = piece.substring(0, space).strip();
            }
            target.append(piece);
        }
        return target.toString();
    }

    /**
     * The text with its variables substituted; each that gets no value is a problem at its line and column.
     *
     * @param firstLine the line the text starts on (it may span lines, as a body does)
     * @param where     words that place the text when it is not the line's own, e.g. " in the body file 'b.json'"
     */
    private VariableResolver.Resolved substitute(
            String written,
            int firstLine,
            int fixedLine,
            Set<String> prompts,
            List<ReadProblem> problems,
            String where) {
        VariableResolver.Resolved resolved = variables.resolve(written, prompts);
        for (VariableResolver.Unresolved u : resolved.unresolved()) {
            int line = fixedLine > 0 ? fixedLine : firstLine + LineEnds.lineAt(written, u.offset()) - 1;
            Integer column = fixedLine > 0 ? null : LineEnds.columnAt(written, u.offset());
            problems.add(new ReadProblem(
                    ReadProblem.UNRESOLVED_VARIABLE,
                    line,
                    column,
                    "the variable " + u.written() + where + " " + u.reason()
                            + "; the request is not checked until it has a value"));
        }
        return resolved;
    }

    /** A body line that names a file ({@code < ./body.xml}); only a line starting with '<' is tried on the pattern. */
    private static boolean namesBodyFile(HttpLine line) {
        return line.text().startsWith("<") && BODY_FILE.matcher(line.text()).matches();
    }

    private Body body(List<HttpLine> lines, Set<String> prompts, List<ReadProblem> problems) {
        if (lines.isEmpty()) {
            return Body.empty();
        }
        int firstLine = lines.get(0).number();
        if (lines.stream().noneMatch(RequestBlockReader::namesBodyFile)) {
            String written = text.substring(
                    lines.get(0).start(), lines.get(lines.size() - 1).end());
            VariableResolver.Resolved resolved = substitute(written, firstLine, 0, prompts, problems, "");
            // A value spanning lines would shift every line after it: the body then stands on its first line.
            return resolved.spansLines()
                    ? Body.standingOn(resolved.text(), firstLine)
                    : Body.of(resolved.text(), firstLine);
        }
        // Some lines name files: the body is no longer the recording's lines, so it stands on its first line (the
        // '<' line when the file is the whole body), and a finding inside it points there.
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            HttpLine line = lines.get(k);
            Matcher bodyFile = BODY_FILE.matcher(line.text());
            if (bodyFile.matches()) {
                boolean substituted = bodyFile.group(3) != null || "@".equals(bodyFile.group(1));
                String path = bodyFile.group(3) != null ? bodyFile.group(3) : bodyFile.group(2);
                body.append(fileContent(line, path, substituted, prompts, problems));
            } else {
                body.append(substitute(line.text(), line.number(), 0, prompts, problems, "")
                        .text());
            }
            if (k + 1 < lines.size()) {
                body.append(text, line.end(), lines.get(k + 1).start());
            }
        }
        return Body.standingOn(body.toString(), firstLine);
    }

    private String fileContent(
            HttpLine line, String path, boolean substituted, Set<String> prompts, List<ReadProblem> problems) {
        String named = "the body file '" + HttpFileReader.abbreviate(path) + "'";
        BodyFile.Outcome read = bodyFiles.read(path);
        if (read.problem() != null) {
            problems.add(new ReadProblem(
                    ReadProblem.UNREADABLE_FILE,
                    line.number(),
                    1,
                    named + " " + read.problem() + "; the request is not checked"));
            return "";
        }
        SourceText.Decoded decoded = SourceText.decode(read.bytes());
        if (decoded.problem() != null) {
            problems.add(new ReadProblem(
                    ReadProblem.INVALID_ENCODING,
                    line.number(),
                    1,
                    named + ": " + decoded.problem().message() + "; the request is not checked"));
            return "";
        }
        return substituted
                ? substitute(decoded.text(), line.number(), line.number(), prompts, problems, " in " + named)
                        .text()
                : decoded.text();
    }

    private Optional<RecordedResponse> response(RequestBlock.ResponseLines lines, List<ReadProblem> problems) {
        if (lines == null) {
            return Optional.empty();
        }
        Matcher status = HttpFileSyntax.STATUS_LINE.matcher(lines.statusLine().text());
        status.matches();
        List<Header> headers = new ArrayList<>();
        for (HttpLine line : lines.headerLines()) {
            if (!line.isComment()) {
                header(line, line.text(), " of the recorded response", problems).ifPresent(headers::add);
            }
        }
        List<HttpLine> bodyLines = lines.bodyLines();
        Body body = bodyLines.isEmpty()
                ? Body.empty()
                : Body.of(
                        text.substring(
                                bodyLines.get(0).start(),
                                bodyLines.get(bodyLines.size() - 1).end()),
                        bodyLines.get(0).number());
        return Optional.of(new RecordedResponse(
                Integer.parseInt(status.group(1)),
                status.group(2) == null ? "" : status.group(2).strip(),
                lines.statusLine().number(),
                Headers.of(headers),
                body));
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
            return "'" + HttpFileReader.abbreviate(parts[2]) + "' is not an HTTP version; expected 'METHOD TARGET "
                    + "HTTP/1.1'";
        }
        return null;
    }

    /**
     * A header line read as {@code Name: value}, from its text after substitution; a message quotes the line as
     * written, never a substituted value, which may be a secret.
     */
    private static Optional<Header> header(HttpLine line, String raw, String of, List<ReadProblem> problems) {
        String written = line.text();
        if (raw.startsWith(" ") || raw.startsWith("\t")) {
            problems.add(new ReadProblem(
                    ReadProblem.MALFORMED_HEADER,
                    line.number(),
                    1,
                    "a header line" + of + " starts with whitespace (obsolete line folding, not allowed in HTTP/1.1); "
                            + "put each header on one line: '" + HttpFileReader.abbreviate(written.strip()) + "'"));
            return Optional.empty();
        }
        int colon = raw.indexOf(':');
        Matcher name = TOKEN.matcher(colon < 0 ? raw : raw.substring(0, colon));
        if (colon <= 0 || !name.matches()) {
            int writtenColon = written.indexOf(':');
            problems.add(new ReadProblem(
                    ReadProblem.MALFORMED_HEADER,
                    line.number(),
                    1,
                    colon < 0
                            ? "a header line" + of + " has no ':'; expected 'Name: value', found '"
                                    + HttpFileReader.abbreviate(written) + "'"
                            : "the header name '"
                                    + HttpFileReader.abbreviate(
                                            writtenColon < 0 ? written : written.substring(0, writtenColon))
                                    + "'" + of + " is not a valid HTTP field name "
                                    + "(no spaces, no separators); expected 'Name: value'"));
            return Optional.empty();
        }
        return Optional.of(
                new Header(raw.substring(0, colon), raw.substring(colon + 1).strip(), line.number()));
    }
}
