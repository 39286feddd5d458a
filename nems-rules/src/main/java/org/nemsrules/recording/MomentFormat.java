package org.nemsrules.recording;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The date formats VS Code's REST Client takes in {@code {{$datetime "DD-MM-YYYY"}}}: those of Moment.js, whose tokens
 * differ from Java's ({@code YYYY} is the year, {@code DD} the day of the month). The common tokens are written here;
 * a format with any other letter is refused rather than guessed.
 */
final class MomentFormat {
    /** Moment token → Java pattern, longest tokens first so that {@code YYYY} is not read as two {@code YY}. */
    private static final List<String[]> TOKENS = List.of(
            new String[] {"YYYY", "uuuu"},
            new String[] {"YY", "uu"},
            new String[] {"MM", "MM"},
            new String[] {"M", "M"},
            new String[] {"DD", "dd"},
            new String[] {"D", "d"},
            new String[] {"HH", "HH"},
            new String[] {"H", "H"},
            new String[] {"hh", "hh"},
            new String[] {"h", "h"},
            new String[] {"mm", "mm"},
            new String[] {"m", "m"},
            new String[] {"ss", "ss"},
            new String[] {"s", "s"},
            new String[] {"SSS", "SSS"},
            new String[] {"A", "a"},
            new String[] {"a", "a"},
            new String[] {"ZZ", "xx"},
            new String[] {"Z", "xxx"});

    private MomentFormat() {}

    static Optional<String> format(String moment, ZonedDateTime time) {
        StringBuilder pattern = new StringBuilder();
        boolean lowerCaseMeridiem = false;
        int i = 0;
        while (i < moment.length()) {
            char c = moment.charAt(i);
            if (c == '[') {
                int close = moment.indexOf(']', i);
                if (close < 0) {
                    return Optional.empty();
                }
                literal(pattern, moment.substring(i + 1, close));
                i = close + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                literal(pattern, String.valueOf(c));
                i++;
                continue;
            }
            String[] token = token(moment, i);
            if (token == null) {
                return Optional.empty();
            }
            pattern.append(token[1]);
            lowerCaseMeridiem |= token[0].equals("a");
            i += token[0].length();
        }
        String written =
                DateTimeFormatter.ofPattern(pattern.toString(), Locale.ENGLISH).format(time);
        // Moment writes AM/PM for A and am/pm for a; Java writes AM/PM for both.
        return Optional.of(lowerCaseMeridiem ? written.replace("AM", "am").replace("PM", "pm") : written);
    }

    private static String[] token(String moment, int at) {
        for (String[] token : TOKENS) {
            if (moment.startsWith(token[0], at)) {
                return token;
            }
        }
        return null;
    }

    private static void literal(StringBuilder pattern, String text) {
        if (!text.isEmpty()) {
            pattern.append('\'').append(text.replace("'", "''")).append('\'');
        }
    }
}
