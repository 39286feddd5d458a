package org.nemsrules.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report must never quote: the credential a request carries, whether or not it is a well-formed token. A
 * credential is cut to its length, with its scheme kept ({@code Basic …[credential of 28 characters, redacted]});
 * only a value that starts as a JWT does ({@code ey…}, a JSON object in base64url) keeps its first ten characters,
 * which decode to the start of its header (<code>{"alg":</code>) and identify nothing.
 *
 * <p>A credential is found two ways. By name: the value of a header that carries one ({@link #isCredentialName}),
 * wherever the header is written ({@code Name: value} in a {@code .http} file or a message, {@code "Name": "value"}
 * or a HAR's {@code {"name": "Name", "value": "value"}}, a query parameter {@code ?access_token=…}), and whatever
 * follows an authentication scheme ({@code Bearer …}, {@code Basic …}). By shape, wherever it is: anything that starts
 * as a JWT, with any number of parts and whatever stands between them (a tab, a space, a stray character), and any run
 * of 32 or more base64 characters that looks random (a piece of 16 or more with digits, capitals and small letters),
 * or of 40 or more hexadecimal digits. Thirty-two hexadecimal digits are left alone: that is a NEMS subscription id,
 * which messages must show, and UUIDs and paths made of words are left alone too.
 *
 * <p>Placeholders ({@code <JWT>}, {@code {{token}}}, {@code ${token}}) are not credentials, and a value already cut
 * is not cut again, so that the cut is the same however often text goes through it (fingerprints rely on that).
 */
final class Credentials {
    /** Starts every cut value, and tells a value already cut. */
    static final String MARK = "\u2026[";

    /** Header names that carry a credential besides those with a credential's ending. */
    private static final Set<String> NAMES = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "cookie2", "set-cookie2", "x-auth", "auth");
    /**
     * Names that are, or end in {@code -} or {@code _} and, one of these: {@code X-Auth-Token}, {@code X-Access-Token},
     * {@code x-amz-security-token}, {@code X-API-Key}, {@code apikey}, {@code Ocp-Apim-Subscription-Key},
     * {@code X-Client-Secret}, {@code access_token}, {@code session_id}.
     */
    private static final Set<String> ENDINGS = endings();
    /** A text holds a credential's name only if it holds one of these; most messages hold none. */
    private static final List<String> NAME_WORDS =
            List.of("auth", "cookie", "token", "secret", "passw", "pwd", "credential", "session", "key");
    /** Query parameters that carry a credential besides those named like a header: {@code ?key=…&sig=…}. */
    private static final String QUERY_NAMES = "key|sig|signature|code|x-amz-signature|x-amz-credential|jsessionid";

    /** Authentication schemes (the IANA registry and a few in common use) whose credential follows a space. */
    private static final String SCHEMES = "Bearer|Basic|Digest|Negotiate|NTLM|HOBA|Mutual|DPoP|GNAP|PrivateToken|vapid"
            + "|AWS4-HMAC-SHA256|SCRAM-SHA-1|SCRAM-SHA-256|OAuth|SharedKey|SharedAccessSignature";

    private static final Pattern SCHEME_AND_CREDENTIAL =
            Pattern.compile("(?i)^(" + SCHEMES + "|Token|ApiKey)([ \\t]+)(\\S[\\s\\S]*)$");
    private static final Pattern SCHEME_ALONE = Pattern.compile("(?i)" + SCHEMES + "|Token|ApiKey");
    private static final Pattern SCHEME_IN_PROSE = Pattern.compile("(?i)" + SCHEMES);
    private static final List<String> SCHEME_WORDS =
            List.of(SCHEMES.toLowerCase(Locale.ROOT).split("\\|"));

    /** {@code {"name": "X-Api-Key", "value": "…"}} on one line, in either order. */
    private static final Pattern JSON_NAME_THEN_VALUE = Pattern.compile(
            "\"name\"\\s*+:\\s*+\"([^\"\\\\]*+)\"\\s*+,\\s*+\"value\"\\s*+:\\s*+\"(" + JsonStrings.CONTENT + ")\"");

    private static final Pattern JSON_VALUE_THEN_NAME = Pattern.compile(
            "\"value\"\\s*+:\\s*+\"(" + JsonStrings.CONTENT + ")\"\\s*+,\\s*+\"name\"\\s*+:\\s*+\"([^\"\\\\]*+)\"");
    /**
     * A name, then {@code :} or {@code =}: group 1 a quote before the name, 2 the name, 3 the separator, 4 a quote
     * opening the value. Whether the name is a credential's, and where the value ends, is decided in code.
     */
    private static final Pattern NAMED = Pattern.compile(
            "(?<![A-Za-z0-9_-])(\\\\?[\"'])?([A-Za-z0-9_-]++)" + "\\\\?[\"']?[ \\t]*([:=])[ \\t]*(\\\\?[\"'])?");

    private static final Pattern QUERY = Pattern.compile("(?i)(?<=[?&;])(?:" + QUERY_NAMES + ")=([^&\\s'\"#<>]+)");
    /**
     * A word, then white space and what may be a credential (token68): whether the word is a scheme, and the rest a
     * credential rather than a word, is tested in code.
     */
    private static final Pattern SCHEME_IN_TEXT =
            Pattern.compile("(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9-]*+)(?=[ \\t]++([A-Za-z0-9._~+/=-]++))");
    /**
     * A JWT or what is left of one: base64url starting with {@code eyJ}, {@code eyA}, {@code ewo} or {@code ew0}
     * (a JSON object), or {@code ey…} followed by two dots, then any number of parts joined by a dot, or by a tab or
     * a stray character followed by more of the token (not by another stray character: {@code 943****919} is a
     * masked number, not part of a token).
     */
    private static final Pattern JWT_LIKE = Pattern.compile("(?=e)(?<![A-Za-z0-9])(?:(?:eyJ|eyA|ewo|ew0)[\\w+/=-]*"
            + "|ey[\\w-]{6,}(?=\\.[\\w-]{2,}\\.))(?:(?:\\.|[*!#$%&?@^|~\\t](?=[\\w+/=-]))[\\w+/=-]*+)*+");

    private static final int LONG_RUN_MIN = 32;
    private static final Pattern LONG_RUN =
            Pattern.compile("(?<![\\w+/=-])[\\w+/-]{" + LONG_RUN_MIN + ",}=*(?![\\w+/=-])");
    private static final Pattern PIECE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]*>|\\{\\{.*}}|\\$\\{.*}");
    /** Shorter than this, a JWT-like value is a word ({@code eyJhbGciOi} is what a cut keeps). */
    private static final int JWT_MIN = 16;

    private static final int JWT_KEPT = 10;
    /** A credential after a scheme in free text is at least this long: {@code Bearer token} is a phrase. */
    private static final int SCHEME_CREDENTIAL_MIN = 8;

    private Credentials() {}

    /** Whether a header (or query parameter) of this name carries a credential; names are case-insensitive. */
    static boolean isCredentialName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (NAMES.contains(n) || ENDINGS.contains(n)) {
            return true;
        }
        // Written in camel case, the ending has no separator before it: keyPassword, storePassword, clientSecret.
        if (n.endsWith("password") || n.endsWith("passwd") || n.endsWith("secret")) {
            return true;
        }
        int separator = Math.max(n.lastIndexOf('-'), n.lastIndexOf('_'));
        // The ending may itself hold a separator (api-key, session_id): try the last two words as well as the last.
        int before =
                separator > 0 ? Math.max(n.lastIndexOf('-', separator - 1), n.lastIndexOf('_', separator - 1)) : -1;
        return (separator > 0 && ENDINGS.contains(n.substring(separator + 1)))
                || (before > 0 && ENDINGS.contains(n.substring(before + 1)));
    }

    /** The same, in free text: {@code auth} alone is too common a word there. */
    private static boolean isCredentialNameInText(String name) {
        return !name.equalsIgnoreCase("auth") && isCredentialName(name);
    }

    private static Set<String> endings() {
        Set<String> endings = new java.util.HashSet<>(Set.of(
                "token",
                "secret",
                "password",
                "passwd",
                "pwd",
                "credential",
                "credentials",
                "sessionid",
                "session-id",
                "session_id"));
        for (String kind : List.of(
                "api", "access", "auth", "subscription", "functions", "secret", "private", "client", "master")) {
            for (String separator : List.of("", "-", "_")) {
                endings.add(kind + separator + "key");
            }
        }
        return Set.copyOf(endings);
    }

    /** The value of a header that carries a credential, as a report may show it: the scheme, if any, and the cut. */
    static String cutHeaderValue(String name, String value) {
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return value;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        boolean schemed = n.equals("authorization") || n.equals("proxy-authorization");
        return value.substring(0, start)
                + (schemed ? cutAfterScheme(value.substring(start, end)) : cut(value.substring(start, end)))
                + value.substring(end);
    }

    /** Every credential in free text cut, found by name and by shape as the class comment says. */
    static String cutAll(String text) {
        // Each pattern only where its text can be: most messages hold no credential, and reports have many.
        String out = text;
        if (out.contains("\"name\"")) {
            out = replace(
                    JSON_NAME_THEN_VALUE,
                    out,
                    m -> isCredentialName(m.group(1))
                            ? m.group().substring(0, m.start(2) - m.start()) + cutHeaderValue(m.group(1), m.group(2))
                                    + "\""
                            : m.group());
            out = replace(
                    JSON_VALUE_THEN_NAME,
                    out,
                    m -> isCredentialName(m.group(2))
                            ? m.group().substring(0, m.start(1) - m.start())
                                    + cutHeaderValue(m.group(2), m.group(1))
                                    + m.group().substring(m.end(1) - m.start())
                            : m.group());
        }
        String lower = out.toLowerCase(Locale.ROOT);
        if ((out.indexOf(':') >= 0 || out.indexOf('=') >= 0) && containsAny(lower, NAME_WORDS)) {
            out = cutNamed(out);
        }
        if (out.indexOf('=') >= 0) {
            out = replace(QUERY, out, m -> m.group().substring(0, m.start(1) - m.start()) + cut(m.group(1)));
        }
        if (containsAny(lower, SCHEME_WORDS)) {
            out = cutAfterSchemes(out);
        }
        if (out.contains("ey") || out.contains("ew")) {
            out = replace(JWT_LIKE, out, m -> m.group().length() >= JWT_MIN ? cut(m.group()) : m.group());
        }
        return hasRunOf(out, LONG_RUN_MIN)
                ? replace(LONG_RUN, out, m -> looksRandom(m.group()) ? cut(m.group()) : m.group())
                : out;
    }

    /**
     * Name-then-separator matches, each value taken to where it ends: the quote that opened it (or that stood before
     * the name, as in {@code found 'Cookie: a=b'}), else for {@code =} the end of a query parameter, else the end of
     * the line.
     */
    private static String cutNamed(String text) {
        Matcher m = NAMED.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (!isCredentialNameInText(m.group(2))) {
                from = m.end(2);
                continue;
            }
            int start = m.end();
            String quote = m.group(4) != null ? m.group(4) : m.group(1);
            int end;
            if (quote != null) {
                end = indexOfAny(text, start, String.valueOf(quote.charAt(quote.length() - 1)) + "\r\n");
                if (quote.length() == 2 && end > start && text.charAt(end - 1) == '\\') {
                    end--;
                }
            } else if (m.group(3).equals("=")) {
                end = indexOfAny(text, start, "&'\" \t\r\n<>#;,");
            } else {
                end = indexOfAny(text, start, "\r\n");
            }
            String value = text.substring(start, end);
            String shown = cutHeaderValue(m.group(2), value);
            if (!shown.equals(value)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start).append(shown);
                copied = end;
            }
            from = Math.max(end, m.end() + (m.end() == m.start() ? 1 : 0));
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Whatever follows a scheme ({@code Bearer …}) when it looks like a credential, not a word. */
    private static String cutAfterSchemes(String text) {
        Matcher m = SCHEME_IN_TEXT.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            // Not the ten characters a cut JWT keeps (eyJ0eXAiOi has a digit), followed by the mark.
            if (isScheme(m.group(1)) && looksLikeCredential(m.group(2)) && !text.startsWith(MARK, m.end(2))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, m.start(2)).append(cut(m.group(2)));
                copied = m.end(2);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean containsAny(String lowerCase, List<String> words) {
        for (String word : words) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a run of base64 characters at least this long: most messages do not. */
    private static boolean hasRunOf(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64 = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-'
                    || c == '+'
                    || c == '/';
            run = base64 ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String text, int from, String stops) {
        for (int i = from; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** {@code Bearer <cut>}: a known scheme is kept; a value without one is cut whole. */
    private static String cutAfterScheme(String value) {
        if (SCHEME_ALONE.matcher(value).matches()) {
            return value;
        }
        Matcher m = SCHEME_AND_CREDENTIAL.matcher(value);
        return m.matches() ? m.group(1) + m.group(2) + cut(m.group(3)) : cut(value);
    }

    /** The credential as a report shows it: its length, and the start of a JWT's header when it is one. */
    static String cut(String credential) {
        if (credential.isEmpty()
                || credential.contains(MARK)
                || PLACEHOLDER.matcher(credential).matches()) {
            return credential;
        }
        int length = credential.codePointCount(0, credential.length());
        boolean jwt = length >= JWT_MIN && (credential.startsWith("ey") || credential.startsWith("ew"));
        return (jwt ? credential.substring(0, JWT_KEPT) : "") + MARK + (jwt ? "JWT" : "credential") + " of " + length
                + " characters, redacted]";
    }

    private static boolean isScheme(String word) {
        return SCHEME_IN_PROSE.matcher(word).matches();
    }

    /** After a scheme in prose, {@code token} or {@code scheme} is a word; a credential has a digit or a symbol. */
    private static boolean looksLikeCredential(String value) {
        return value.length() >= SCHEME_CREDENTIAL_MIN
                && value.chars().anyMatch(c -> Character.isDigit(c) || "._~+/=-".indexOf(c) >= 0);
    }

    private static boolean looksRandom(String run) {
        Matcher piece = PIECE.matcher(run);
        while (piece.find()) {
            String p = piece.group();
            boolean digit = p.chars().anyMatch(Character::isDigit);
            boolean upper = p.chars().anyMatch(Character::isUpperCase);
            boolean lower = p.chars().anyMatch(Character::isLowerCase);
            if (p.length() >= 16 && digit && upper && lower) {
                return true;
            }
            // Hexadecimal needs a letter too: a run of digits alone is a number (a value clipped to 200 digits),
            // which the NHS-number masking judges, not a secret.
            if (p.length() >= 40
                    && digit
                    && (upper || lower)
                    && !(upper && lower)
                    && p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> shown) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            out.append(text, copied, m.start()).append(shown.apply(m));
            copied = m.end();
        } while (m.find());
        return out.append(text, copied, text.length()).toString();
    }
}
