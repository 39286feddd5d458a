package org.nemsrules.recording;

import java.util.List;
import java.util.Set;
import org.nemsrules.model.Suppression;

/**
 * One request of a {@code .http} file as written, before any variable is substituted: which lines are the request
 * line, the headers, the body and a recorded response. Response handlers ({@code > {% … %}}, {@code > handler.js}),
 * response references ({@code <> response.json}), directives ({@code # @no-log}) and comments are not in it.
 *
 * @param suppressions   the {@code # nems-rules: ignore} comments before the request line
 * @param prompts        the variables its {@code # @prompt name} directives ask for when it is sent
 * @param requestLines   the request line, then the indented lines that continue its target
 * @param headerLines    the header lines, comments left out
 * @param bodyLines      the body's lines, without the blank lines around it; empty when there is none
 * @param response       the response recorded after it, or {@code null}
 */
record RequestBlock(
        List<Suppression> suppressions,
        Set<String> prompts,
        List<HttpLine> requestLines,
        List<HttpLine> headerLines,
        List<HttpLine> bodyLines,
        ResponseLines response) {

    /**
     * A response recorded after a request: {@code HTTP/1.1 201 Created}, header lines, a blank line, a body.
     *
     * @param statusLine  the status line
     * @param headerLines its header lines, comments among them
     * @param bodyLines   its body's lines, without the blank lines around it
     */
    record ResponseLines(HttpLine statusLine, List<HttpLine> headerLines, List<HttpLine> bodyLines) {}
}
