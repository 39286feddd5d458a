package org.nemsrules.recording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.model.Suppression;

/**
 * Reads {@code # nems-rules: ignore <rule-id> — <reason>} (or {@code //}) comments. The reason follows an em or en
 * dash, {@code --}, {@code -} or {@code :}; people type whichever their keyboard offers, and all read the same.
 * Text after the id with no separator is kept apart rather than taken as a reason, so that
 * {@code ignore jwt.a jwt.b} is not read as suppressing {@code jwt.a} "because jwt.b".
 */
final class SuppressionComment {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^\\s*(?:#+|//+)\\s*nems-rules\\s*:\\s*ignore(?![\\w-])(.*)$", Pattern.CASE_INSENSITIVE);
    /** A rule id or category: anything up to whitespace, a colon or a dash used as a separator. */
    private static final Pattern SELECTOR = Pattern.compile("^[^\\s:\u2014\u2013]*");

    private static final Pattern SEPARATOR = Pattern.compile("^(?:\u2014|\u2013|--|-|:)\\s*");
    private static final Pattern DASHES = Pattern.compile("-+");

    private SuppressionComment() {}

    static Optional<Suppression> parse(String commentLine, int lineNumber) {
        Matcher directive = DIRECTIVE.matcher(commentLine);
        if (!directive.matches()) {
            return Optional.empty();
        }
        String rest = directive.group(1).strip();
        Matcher id = SELECTOR.matcher(rest);
        id.find();
        String selector = id.group();
        if (DASHES.matcher(selector).matches()) {
            // 'ignore -- reason': the dashes are the separator of a suppression that names no rule.
            selector = "";
        }
        rest = rest.substring(selector.length()).strip();
        Matcher separator = SEPARATOR.matcher(rest);
        if (separator.find()) {
            return Optional.of(
                    new Suppression(selector, rest.substring(separator.end()).strip(), lineNumber, ""));
        }
        return Optional.of(new Suppression(selector, "", lineNumber, rest));
    }
}
