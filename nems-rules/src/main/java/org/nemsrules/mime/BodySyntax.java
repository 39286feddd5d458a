package org.nemsrules.mime;

import java.util.regex.Pattern;
import org.nemsrules.model.Body;
import org.nemsrules.model.LineEnds;

/**
 * What syntax a body is really in, judged from its first significant character only: enough to
 * compare it with the declared media type (R-MIME-04) without parsing it, which is the job of the
 * resource rules.
 *
 * @param kind  XML, JSON, empty or neither
 * @param start the first characters of the body after any byte order mark and whitespace, for messages
 * @param line  the line of the source on which those characters stand; 0 when unknown or empty
 */
public record BodySyntax(Kind kind, String start, int line) {
    private static final int SHOWN = 24;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The syntaxes a body can be in, as far as the Subscription API cares. */
    public enum Kind {
        XML("XML"),
        JSON("JSON"),
        EMPTY("empty"),
        NEITHER("neither XML nor JSON");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a message names this syntax. */
        public String label() {
            return label;
        }
    }

    public static BodySyntax of(Body body) {
        String text = body.text();
        int i = 0;
        int line = body.line();
        // Editors on Windows save UTF-8 with a byte order mark; it is not part of the document.
        if (text.startsWith("\uFEFF")) {
            i = 1;
        }
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return new BodySyntax(Kind.EMPTY, "", 0);
        }
        char first = text.charAt(i);
        Kind kind = first == '<' ? Kind.XML : first == '{' || first == '[' ? Kind.JSON : Kind.NEITHER;
        return new BodySyntax(kind, shown(text.substring(i)), line + LineEnds.lineAt(text, i) - 1);
    }

    /** Whitespace as XML and JSON both define it. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String shown(String rest) {
        int end = 0;
        while (end < rest.length() && LineEnds.at(rest, end) == 0) {
            end++;
        }
        String firstLine = rest.substring(0, end);
        String clean = CONTROL.matcher(firstLine).replaceAll("?").stripTrailing();
        return clean.length() <= SHOWN ? clean : clean.substring(0, SHOWN) + "...";
    }

    /** For messages: e.g. <code>a JSON body starting '&#123;"resourceType": ...'</code>. */
    public String describe() {
        return switch (kind) {
            case EMPTY -> "an empty body";
            case NEITHER -> "a body that is neither XML nor JSON, starting '" + start + "'";
            case XML -> "an XML body starting '" + start + "'";
            case JSON -> "a JSON body starting '" + start + "'";
        };
    }
}
