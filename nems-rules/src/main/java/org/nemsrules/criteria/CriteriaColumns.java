package org.nemsrules.criteria;

import java.util.List;
import java.util.Optional;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.LineEnds;
import org.nemsrules.model.Origin;

/**
 * Where each character of the criteria string is written on its line of the recording, so that a finding can
 * point at the component rather than at the element. The value as written differs from the criteria string the
 * parser sees: XML writes {@code &amp;} for each {@code &}, JSON may escape characters. So the written value is
 * decoded here character by character, and the map is used only when it decodes to exactly the criteria string;
 * otherwise (a value spread over lines, a HAR body kept in one JSON string) findings fall back to the element's
 * position.
 */
@SuppressWarnings("EscapedEntity") // the javadoc means the text &amp; itself, as XML writes an ampersand
public final class CriteriaColumns {
    /** 1-based recording column of each criteria character, and one more for the end of the value. */
    private final int[] columns;

    private CriteriaColumns(int[] columns) {
        this.columns = columns;
    }

    /** The recording column of the criteria offset, clamped to the value. */
    public int column(int offset) {
        return columns[Math.max(0, Math.min(offset, columns.length - 1))];
    }

    /**
     * The columns of {@code criteria} as written on recording line {@code line} of the interaction's body, when
     * they can be told exactly.
     */
    public static Optional<CriteriaColumns> of(Interaction interaction, int line, String criteria) {
        if (interaction.origin() == Origin.HAR
                || !interaction.body().linesAsRecorded()
                || line <= 0
                || criteria == null) {
            return Optional.empty();
        }
        int first = interaction.body().line() > 0 ? interaction.body().line() : 1;
        List<String> lines = LineEnds.split(interaction.body().text());
        int index = line - first;
        if (index < 0 || index >= lines.size()) {
            return Optional.empty();
        }
        return onLine(lines.get(index), criteria);
    }

    /** The columns of {@code criteria} written as the XML attribute or JSON member on {@code text}, one line. */
    static Optional<CriteriaColumns> onLine(String text, String criteria) {
        Optional<CriteriaColumns> xml = xml(text, criteria);
        return xml.isPresent() ? xml : json(text, criteria);
    }

    private static Optional<CriteriaColumns> xml(String text, String criteria) {
        int element = text.indexOf("<criteria");
        if (element < 0) {
            return Optional.empty();
        }
        int attribute = text.indexOf("value", element);
        int equals = attribute < 0 ? -1 : text.indexOf('=', attribute);
        int quote = equals < 0 ? -1 : firstQuote(text, equals + 1);
        if (quote < 0) {
            return Optional.empty();
        }
        char q = text.charAt(quote);
        int[] columns = new int[criteria.length() + 1];
        int decoded = 0;
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != q) {
            int length = 1;
            char c = text.charAt(i);
            if (c == '&') {
                int semicolon = text.indexOf(';', i);
                if (semicolon < 0) {
                    return Optional.empty();
                }
                Optional<Character> entity = entity(text.substring(i + 1, semicolon));
                if (entity.isEmpty()) {
                    return Optional.empty();
                }
                c = entity.get();
                length = semicolon - i + 1;
            }
            if (decoded >= criteria.length() || criteria.charAt(decoded) != c) {
                return Optional.empty();
            }
            columns[decoded++] = i + 1;
            i += length;
        }
        return finish(columns, decoded, criteria, i);
    }

    private static Optional<CriteriaColumns> json(String text, String criteria) {
        int member = text.indexOf("\"criteria\"");
        int colon = member < 0 ? -1 : text.indexOf(':', member);
        int quote = colon < 0 ? -1 : text.indexOf('"', colon);
        if (quote < 0) {
            return Optional.empty();
        }
        int[] columns = new int[criteria.length() + 1];
        int decoded = 0;
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            int length = 1;
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(i + 1);
                length = 2;
                switch (e) {
                    case 'n' -> c = '\n';
                    case 't' -> c = '\t';
                    case 'r' -> c = '\r';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'u' -> {
                        if (i + 6 > text.length()) {
                            return Optional.empty();
                        }
                        try {
                            c = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                        } catch (NumberFormatException notHex) {
                            return Optional.empty();
                        }
                        length = 6;
                    }
                    default -> c = e;
                }
            }
            if (decoded >= criteria.length() || criteria.charAt(decoded) != c) {
                return Optional.empty();
            }
            columns[decoded++] = i + 1;
            i += length;
        }
        return finish(columns, decoded, criteria, i);
    }

    private static Optional<CriteriaColumns> finish(int[] columns, int decoded, String criteria, int end) {
        if (decoded != criteria.length()) {
            return Optional.empty();
        }
        columns[decoded] = end + 1;
        return Optional.of(new CriteriaColumns(columns));
    }

    private static int firstQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                return i;
            }
            if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<Character> entity(String name) {
        return switch (name) {
            case "amp" -> Optional.of('&');
            case "lt" -> Optional.of('<');
            case "gt" -> Optional.of('>');
            case "quot" -> Optional.of('"');
            case "apos" -> Optional.of('\'');
            default -> numeric(name);
        };
    }

    private static Optional<Character> numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Optional.of((char) Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Optional.of((char) Integer.parseInt(name.substring(1)));
            }
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
