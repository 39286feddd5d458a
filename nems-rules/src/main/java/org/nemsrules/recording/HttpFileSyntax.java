package org.nemsrules.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.model.Suppression;

/**
 * Splits a {@code .http} file into its requests as IntelliJ's HTTP Client and VS Code's REST Client write them (see
 * docs/recordings.md), and gathers what belongs to the file as a whole: its variables ({@code @name = value}, usable in
 * every request, the last definition of a name winning), the names of its requests ({@code ### Name},
 * {@code # @name login}) and the variables its response handlers set.
 *
 * <p>Only the lines a request is made of are kept; handlers, response references and directives are left out here,
 * because nothing is sent or checked from them.
 */
final class HttpFileSyntax {
    private static final Pattern VARIABLE = Pattern.compile("^@([A-Za-z0-9_.\\-]+)\\s*=(.*)$");
    private static final Pattern NAME = Pattern.compile("^\\s*(?:#+|//+)\\s*@name(?:\\s*=\\s*|\\s+)(\\S.*?)\\s*$");
    private static final Pattern PROMPT = Pattern.compile("^\\s*(?:#+|//+)\\s*@prompt\\s+([A-Za-z0-9_.\\-]+)");
    /** {@code HTTP/1.1 201 Created}, {@code HTTP/2 200}: where a recorded response starts. */
    static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})(?:\\s+(.*))?$");

    private static final Pattern HANDLER = Pattern.compile("^>\\s+\\S.*$");
    private static final Pattern INLINE_HANDLER = Pattern.compile("^>\\s*\\{%.*$");
    private static final Pattern RESPONSE_REFERENCE = Pattern.compile("^<>\\s+\\S.*$");
    private static final Pattern HEADER_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:.*$");
    private static final Pattern GLOBAL_SET = Pattern.compile("client\\.global\\.set\\(\\s*[\"']([^\"']+)[\"']");

    private final List<RequestBlock> blocks = new ArrayList<>();
    private final Map<String, String> variables = new HashMap<>();
    private final Set<String> requestNames = new HashSet<>();
    private final Set<String> handlerGlobals = new HashSet<>();

    private HttpFileSyntax() {}

    static HttpFileSyntax of(List<HttpLine> lines) {
        HttpFileSyntax syntax = new HttpFileSyntax();
        List<HttpLine> block = new ArrayList<>();
        for (HttpLine line : lines) {
            if (line.text().startsWith("###")) {
                syntax.block(block);
                block.clear();
                String name = line.text().substring(3).strip();
                if (!name.isEmpty()) {
                    syntax.requestNames.add(name);
                }
            } else {
                block.add(line);
            }
        }
        syntax.block(block);
        return syntax;
    }

    List<RequestBlock> blocks() {
        return blocks;
    }

    Map<String, String> variables() {
        return variables;
    }

    Set<String> requestNames() {
        return requestNames;
    }

    Set<String> handlerGlobals() {
        return handlerGlobals;
    }

    private void block(List<HttpLine> block) {
        int i = 0;
        List<Suppression> suppressions = new ArrayList<>();
        Set<String> prompts = new LinkedHashSet<>();
        while (i < block.size()) {
            HttpLine line = block.get(i);
            Matcher variable = VARIABLE.matcher(line.text());
            if (variable.matches()) {
                variables.put(variable.group(1), variable.group(2).strip());
            } else if (line.isComment()) {
                SuppressionComment.parse(line.text(), line.number()).ifPresent(suppressions::add);
                directive(line, prompts);
            } else if (!line.isBlank()) {
                break;
            }
            i++;
        }
        if (i == block.size()) {
            return;
        }
        List<HttpLine> requestLines = new ArrayList<>();
        requestLines.add(block.get(i++));
        // IntelliJ: "Indent all query string lines but the first one" — the target goes on over indented lines. An
        // indented 'Name: value' is a header written with a stray indent, which is reported as one, not a target.
        while (i < block.size()
                && block.get(i).isIndented()
                && !block.get(i).isBlank()
                && !HEADER_LIKE.matcher(block.get(i).text().strip()).matches()) {
            requestLines.add(block.get(i++));
        }
        List<HttpLine> headerLines = new ArrayList<>();
        while (i < block.size() && !block.get(i).isBlank() && !startsResponse(block.get(i))) {
            HttpLine line = block.get(i++);
            if (line.isComment()) {
                directive(line, prompts);
            } else {
                headerLines.add(line);
            }
        }
        List<HttpLine> bodyLines = new ArrayList<>();
        while (i < block.size() && !endsBody(block.get(i))) {
            bodyLines.add(block.get(i++));
        }
        RequestBlock.ResponseLines response = null;
        while (i < block.size()) {
            HttpLine line = block.get(i);
            if (startsResponse(line) && response == null) {
                response = response(block, i);
                i += 1 + response.headerLines().size();
                while (i < block.size() && !endsBody(block.get(i))) {
                    i++;
                }
            } else if (INLINE_HANDLER.matcher(line.text()).matches()) {
                i = inlineHandler(block, i);
            } else {
                i++;
            }
        }
        blocks.add(new RequestBlock(suppressions, prompts, requestLines, headerLines, trimmed(bodyLines), response));
    }

    /** Reads a recorded response from its status line up to the end of its body. */
    private static RequestBlock.ResponseLines response(List<HttpLine> block, int start) {
        int i = start + 1;
        List<HttpLine> headerLines = new ArrayList<>();
        while (i < block.size() && !block.get(i).isBlank() && !endsBody(block.get(i))) {
            headerLines.add(block.get(i++));
        }
        List<HttpLine> bodyLines = new ArrayList<>();
        while (i < block.size() && !endsBody(block.get(i))) {
            bodyLines.add(block.get(i++));
        }
        return new RequestBlock.ResponseLines(block.get(start), headerLines, trimmed(bodyLines));
    }

    /** Skips a {@code > {% … %}} handler, which may span lines, noting the variables it sets; returns the index after. */
    private int inlineHandler(List<HttpLine> block, int start) {
        int i = start;
        while (i < block.size()) {
            HttpLine line = block.get(i++);
            Matcher global = GLOBAL_SET.matcher(line.text());
            while (global.find()) {
                handlerGlobals.add(global.group(1));
            }
            int from = i == start + 1 ? line.text().indexOf("{%") + 2 : 0;
            if (line.text().indexOf("%}", Math.max(from, 0)) >= 0) {
                break;
            }
        }
        return i;
    }

    private void directive(HttpLine comment, Set<String> prompts) {
        Matcher name = NAME.matcher(comment.text());
        if (name.matches()) {
            requestNames.add(name.group(1));
        }
        Matcher prompt = PROMPT.matcher(comment.text());
        if (prompt.find()) {
            prompts.add(prompt.group(1));
        }
    }

    private static boolean startsResponse(HttpLine line) {
        return line.text().startsWith("HTTP/")
                && STATUS_LINE.matcher(line.text()).matches();
    }

    /**
     * A line after which the request's body (or a recorded response's) is over. Every such line starts with "HTTP/",
     * '>' or "<>", which most body lines do not: the patterns are only tried on those that do.
     */
    private static boolean endsBody(HttpLine line) {
        String text = line.text();
        if (text.startsWith(">")) {
            return HANDLER.matcher(text).matches()
                    || INLINE_HANDLER.matcher(text).matches();
        }
        return startsResponse(line)
                || (text.startsWith("<>") && RESPONSE_REFERENCE.matcher(text).matches());
    }

    private static List<HttpLine> trimmed(List<HttpLine> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        return List.copyOf(lines.subList(first, last + 1));
    }
}
