package org.nemsrules.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;

/**
 * A media type as RFC 9110 (section 8.3.1) writes it: {@code type "/" subtype *( OWS ";" OWS
 * [ parameter ] )}, a parameter being {@code token "=" ( token / quoted-string )}. Type, subtype and
 * parameter names compare case-insensitively; so does the value of {@code charset}, and a quoted
 * value means the same as the bare one. Wildcards ({@code *}/{@code *}, {@code type/*}) parse too,
 * for the media ranges of an {@code Accept} header.
 *
 * <p>Two tolerances, both decided for ambiguity 16 of the requirements digest (the page writes the
 * eight types without spaces, while RFC 9110 allows other spellings of the same type):
 * <ul>
 *   <li>A trailing {@code ;} and empty parameters ({@code ;;}) are accepted: RFC 9110 made the
 *       parameter after {@code ;} optional, so {@code application/fhir+json;} is the bare type.</li>
 *   <li>Whitespace around {@code =} is accepted, although RFC 9110 has none there: servers in the
 *       wild read {@code charset = utf-8} as {@code charset=utf-8}, and the finding for such a
 *       spelling is an info (not one of the eight strings), not an error.</li>
 * </ul>
 * A text that breaks the grammar otherwise is not thrown at: {@link #parse} answers the problem.
 */
public final class MediaType {
    private final String text;
    private final String type;
    private final String subtype;
    private final List<Parameter> parameters;

    /**
     * One parameter.
     *
     * @param name   lower-case name
     * @param value  the value, unquoted and unescaped
     * @param quoted whether it was written as a quoted-string
     * @param start  offset of the {@code ;} that introduces it, so that a caller can cut it off
     */
    public record Parameter(String name, String value, boolean quoted, int start) {}

    private MediaType(String text, String type, String subtype, List<Parameter> parameters) {
        this.text = text;
        this.type = type.toLowerCase(Locale.ROOT);
        this.subtype = subtype.toLowerCase(Locale.ROOT);
        this.parameters = List.copyOf(parameters);
    }

    /** Parses a media type; the text is taken without surrounding whitespace, as a header value is. */
    public static Parsed<MediaType> parse(String text) {
        return new Parser(strip(text)).mediaType();
    }

    /** The text as written (without surrounding whitespace). */
    public String text() {
        return text;
    }

    public String type() {
        return type;
    }

    public String subtype() {
        return subtype;
    }

    /** The lower-case {@code type/subtype}, without parameters. */
    public String essence() {
        return type + "/" + subtype;
    }

    /** All parameters in written order, names in lower case. */
    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return parameters.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** The charset value as written (unquoted), when there is a charset parameter. */
    public Optional<String> charset() {
        return parameter("charset").map(Parameter::value);
    }

    /** Whether the charset is absent or utf-8, which are the two the page lists (R-MIME-05). */
    public boolean hasListedCharset() {
        return charset()
                .map(c -> c.equalsIgnoreCase(SupportedMediaType.CHARSET))
                .orElse(true);
    }

    /** The parameters other than {@code charset}, e.g. {@code fhirVersion}. */
    public List<Parameter> otherParameters() {
        return parameters.stream().filter(p -> !p.name().equals("charset")).toList();
    }

    /** The supported type whose essence this is, whatever its parameters. */
    public Optional<SupportedMediaType> supportedType() {
        return SupportedMediaType.ofEssence(essence());
    }

    /** Whether the text is one of the eight strings exactly as the page writes them. */
    public boolean isLiteral() {
        return SupportedMediaType.allLiterals().contains(text);
    }

    /**
     * Whether this is one of the eight up to what RFC 9110 says does not matter (case, whitespace,
     * quoting): a supported essence with no parameter but a utf-8 charset.
     */
    public boolean isEquivalent() {
        return supportedType().isPresent()
                && hasListedCharset()
                && otherParameters().isEmpty();
    }

    /**
     * The one of the eight strings a supplier should write instead: the supported essence, with
     * {@code ;charset=utf-8} when a charset was given; other parameters are dropped. Empty when the
     * essence is not supported.
     */
    public Optional<String> literalForm() {
        return supportedType().map(t -> t.essence() + (charset().isPresent() ? SupportedMediaType.CHARSET_SUFFIX : ""));
    }

    /** The syntax a supported type declares for the body; empty for any other type. */
    public Optional<BodySyntax.Kind> declaredSyntax() {
        return supportedType().map(SupportedMediaType::syntax);
    }

    /** The nearest supported type, for a type that is not supported; see {@link SupportedMediaType#nearest}. */
    public Optional<SupportedMediaType> nearestSupported() {
        return SupportedMediaType.nearest(essence());
    }

    /** Whether this is the range {@code *}/{@code *} or {@code type/*}. */
    public boolean isWildcard() {
        return type.equals("*") || subtype.equals("*");
    }

    /** Whether this media type, read as a media range, matches the given supported type. */
    public boolean admits(SupportedMediaType supported) {
        String[] parts = supported.essence().split("/", -1);
        return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
    }

    @Override
    public String toString() {
        return text;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isOws(text.charAt(start))) {
            start++;
        }
        while (end > start && isOws(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    /** RFC 9110 tchar. */
    static boolean isTokenChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
    }

    /** RFC 9110 qdtext: any visible character, space, tab or obs-text, except {@code "} and {@code \}. */
    private static boolean isQuotedText(char c) {
        return c == '\t'
                || c == ' '
                || c == '!'
                || (c >= '#' && c <= '[')
                || (c >= ']' && c <= '~')
                || (c >= 0x80 && c <= 0xFF);
    }

    /** A recursive-descent parser over one stripped text; each method answers a problem or advances. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Parsed<MediaType> mediaType() {
            if (s.isEmpty()) {
                return Parsed.problem("the value is empty; expected a media type such as 'application/fhir+json'");
            }
            int typeEnd = token(0);
            if (s.indexOf('/') < 0) {
                return Parsed.problem("'" + Echo.of(s) + "' has no '/' between type and subtype; expected a media type "
                        + "such as 'application/fhir+json'");
            }
            if (typeEnd == 0) {
                return s.charAt(0) == '/'
                        ? Parsed.problem("'" + Echo.of(s)
                                + "' has an empty type before '/'; expected e.g. 'application/"
                                + Echo.of(s.substring(1)) + "'")
                        : illegal(0);
            }
            if (s.charAt(typeEnd) != '/') {
                return illegal(typeEnd);
            }
            int subStart = typeEnd + 1;
            int subEnd = token(subStart);
            if (subEnd == subStart) {
                return subStart == s.length() || isOws(s.charAt(subStart)) || s.charAt(subStart) == ';'
                        ? Parsed.problem("'" + Echo.of(s) + "' has an empty subtype after '/'; expected e.g. '"
                                + Echo.of(s.substring(0, subStart)) + "fhir+json'")
                        : illegal(subStart);
            }
            String type = s.substring(0, typeEnd);
            String subtype = s.substring(subStart, subEnd);
            if (type.equals("*") && !subtype.equals("*")) {
                return Parsed.problem("'" + Echo.of(s) + "' has a wildcard type with the subtype '" + Echo.of(subtype)
                        + "'; a wildcard type needs a wildcard subtype ('*/*')");
            }
            i = subEnd;
            List<Parameter> parameters = new ArrayList<>();
            while (true) {
                int semicolon = skipOws(i);
                if (semicolon == s.length()) {
                    break;
                }
                if (s.charAt(semicolon) != ';') {
                    return illegal(semicolon);
                }
                int nameStart = skipOws(semicolon + 1);
                if (nameStart == s.length() || s.charAt(nameStart) == ';') {
                    i = nameStart; // an empty parameter: allowed by RFC 9110, see the class comment
                    continue;
                }
                Parsed<Parameter> parameter = parameter(semicolon, nameStart);
                if (!parameter.isValid()) {
                    return Parsed.problem(parameter.problem().orElseThrow());
                }
                Parameter p = parameter.get();
                if (parameters.stream().anyMatch(q -> q.name().equals(p.name()))) {
                    return Parsed.problem(
                            "'" + Echo.of(s) + "' has the parameter '" + Echo.of(p.name()) + "' twice; give it once");
                }
                parameters.add(p);
            }
            return Parsed.of(new MediaType(s, type, subtype, parameters));
        }

        /** Reads {@code name = value} from {@code nameStart}; leaves {@link #i} after the value. */
        private Parsed<Parameter> parameter(int semicolon, int nameStart) {
            int nameEnd = token(nameStart);
            if (nameEnd == nameStart) {
                return s.charAt(nameStart) == '='
                        ? Parsed.problem("'" + Echo.of(s) + "' has a parameter without a name before '='; expected "
                                + "e.g. 'charset=utf-8'")
                        : illegal(nameStart);
            }
            String name = s.substring(nameStart, nameEnd);
            int equals = skipOws(nameEnd);
            if (equals == s.length() || s.charAt(equals) != '=') {
                if (equals == s.length() || s.charAt(equals) == ';') {
                    return Parsed.problem("'" + Echo.of(s) + "' has the parameter '" + Echo.of(name)
                            + "' without '=' and a value; "
                            + "expected name=value, e.g. 'charset=utf-8'");
                }
                return illegal(equals);
            }
            String lowerName = name.toLowerCase(Locale.ROOT);
            int valueStart = skipOws(equals + 1);
            if (valueStart == s.length() || s.charAt(valueStart) == ';') {
                return Parsed.problem("'" + Echo.of(s) + "' gives the parameter '" + Echo.of(name)
                        + "' an empty value; expected "
                        + "e.g. '" + (lowerName.equals("charset") ? "charset=utf-8" : Echo.of(name) + "=<value>")
                        + "'");
            }
            if (s.charAt(valueStart) == '"') {
                StringBuilder value = new StringBuilder();
                int at = valueStart + 1;
                while (at < s.length()) {
                    char c = s.charAt(at);
                    if (c == '"') {
                        i = at + 1;
                        return Parsed.of(new Parameter(lowerName, value.toString(), true, semicolon));
                    }
                    if (c == '\\') {
                        if (at + 1 == s.length()) {
                            break;
                        }
                        value.append(s.charAt(at + 1));
                        at += 2;
                        continue;
                    }
                    if (!isQuotedText(c)) {
                        return illegal(at);
                    }
                    value.append(c);
                    at++;
                }
                return Parsed.problem("'" + Echo.of(s) + "' has an unterminated quoted value for the parameter '"
                        + Echo.of(name)
                        + "': the closing '\"' is missing");
            }
            int valueEnd = token(valueStart);
            if (valueEnd == valueStart) {
                return illegal(valueStart);
            }
            i = valueEnd;
            return Parsed.of(new Parameter(lowerName, s.substring(valueStart, valueEnd), false, semicolon));
        }

        private int token(int from) {
            int at = from;
            while (at < s.length() && isTokenChar(s.charAt(at))) {
                at++;
            }
            return at;
        }

        private int skipOws(int from) {
            int at = from;
            while (at < s.length() && isOws(s.charAt(at))) {
                at++;
            }
            return at;
        }

        private <T> Parsed<T> illegal(int at) {
            char c = s.charAt(at);
            String shown = c < 0x20 || c == 0x7F || c > 0x7E ? String.format("U+%04X", (int) c) : "'" + c + "'";
            String hint = c == ','
                    ? " (a Content-Type names one media type; only Accept takes a list)"
                    : isOws(c) ? " (whitespace is allowed only around ';')" : "";
            return Parsed.problem("'" + Echo.of(s) + "' has the character " + shown + " at position " + (at + 1)
                    + " where a media type allows none" + hint);
        }
    }
}
