package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/** {@code tag} holds only letters, digits, {@code -}, {@code _}, {@code |} and {@code ,}, at most 100 of them (R-CRIT-09). */
public final class TagCheck {
    public static final int MAX_LENGTH = 100;

    private TagCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.TAG)) {
            String tag = p.value();
            for (int i = 0; i < tag.length(); i++) {
                char c = tag.charAt(i);
                if (!allowed(c)) {
                    problems.add(new CriteriaProblem(
                            Kind.TAG,
                            p.offsetInValue(i),
                            "R-CRIT-09",
                            "the tag '"
                                    + Echo.of(tag)
                                    + "' has " + describe(c) + " at position " + (i + 1)
                                    + "; a tag holds only letters A-Z "
                                    + "a-z, digits 0-9, '-', '_', '|' and ','"));
                    break;
                }
            }
            if (tag.length() > MAX_LENGTH) {
                problems.add(new CriteriaProblem(
                        Kind.TAG,
                        p.offsetInValue(MAX_LENGTH),
                        "R-CRIT-09",
                        "the tag is " + tag.length() + " characters long; a tag has at most " + MAX_LENGTH
                                + " characters"));
            }
        }
        return problems;
    }

    private static boolean allowed(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '|'
                || c == ',';
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) ? "a space or other whitespace" : "'" + c + "'";
    }
}
