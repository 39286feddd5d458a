package org.nemsrules.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error may quote of the configuration file: at most {@value #MAX_CHARS} characters of a key, a value or a
 * line, on one line. A file that is not a configuration at all ({@code --config /etc/shadow}) was once echoed to
 * stderr line by line, and stderr ends up in CI logs.
 */
final class SourceQuote {
    /** Enough to recognise any real key or value; a rule id or a URL is shorter. */
    static final int MAX_CHARS = 80;
    /** A parser's message says what it expected in a few words, around what it quotes. */
    private static final int MAX_MESSAGE_CHARS = 2 * MAX_CHARS;

    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)('|$)");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SourceQuote() {}

    /** {@code text} on one line, cut to {@value #MAX_CHARS} characters with an ellipsis. */
    static String of(String text) {
        return clip(CONTROL.matcher(text).replaceAll(" "), MAX_CHARS);
    }

    /** A YAML or JSON parser's message, with whatever it quotes of the file cut as {@link #of} cuts it. */
    static String parserMessage(String message) {
        String firstLine = message.lines().findFirst().orElse("");
        Matcher quoted = QUOTED.matcher(firstLine);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(out, Matcher.quoteReplacement("'" + of(quoted.group(1)) + quoted.group(2)));
        }
        quoted.appendTail(out);
        return clip(out.toString(), MAX_MESSAGE_CHARS);
    }

    private static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
