package org.nemsrules.mime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four media types of the Subscription API (R-MIME-01). Each may be sent bare or with
 * {@code ;charset=utf-8}, which makes the eight strings the general guidance page lists. The older
 * {@code xml+fhir}/{@code json+fhir} spellings are as supported as the RFC 6839 {@code fhir+xml}
 * ones, but suggestions name the RFC 6839 form.
 */
public enum SupportedMediaType {
    FHIR_XML("application/fhir+xml", BodySyntax.Kind.XML),
    FHIR_JSON("application/fhir+json", BodySyntax.Kind.JSON),
    XML_FHIR("application/xml+fhir", BodySyntax.Kind.XML),
    JSON_FHIR("application/json+fhir", BodySyntax.Kind.JSON);

    /** The only charset the page lists, written as the page writes it. */
    public static final String CHARSET = "utf-8";

    static final String CHARSET_SUFFIX = ";charset=" + CHARSET;
    /** What NEMS assumes when a request names no media type (R-MIME-03). */
    public static final String ASSUMED_WHEN_MISSING = XML_FHIR.essence() + CHARSET_SUFFIX;

    private final String essence;
    private final BodySyntax.Kind syntax;

    SupportedMediaType(String essence, BodySyntax.Kind syntax) {
        this.essence = essence;
        this.syntax = syntax;
    }

    /** The lower-case {@code type/subtype}, e.g. {@code application/fhir+json}. */
    public String essence() {
        return essence;
    }

    /** The body syntax this type declares. */
    public BodySyntax.Kind syntax() {
        return syntax;
    }

    /** The two literal strings of this type: bare and with {@code ;charset=utf-8}. */
    public List<String> literals() {
        return List.of(essence, essence + CHARSET_SUFFIX);
    }

    /** All eight literal strings, exactly as the page writes them. */
    public static List<String> allLiterals() {
        return Arrays.stream(values()).flatMap(t -> t.literals().stream()).toList();
    }

    /** The eight strings joined for a message. */
    public static String listed() {
        return String.join(", ", allLiterals());
    }

    public static Optional<SupportedMediaType> ofEssence(String essence) {
        return Arrays.stream(values()).filter(t -> t.essence.equals(essence)).findFirst();
    }

    /** The type to suggest for a body of this syntax, in the RFC 6839 form. */
    public static Optional<SupportedMediaType> forSyntax(BodySyntax.Kind syntax) {
        return switch (syntax) {
            case XML -> Optional.of(FHIR_XML);
            case JSON -> Optional.of(FHIR_JSON);
            default -> Optional.empty();
        };
    }

    /**
     * The supported type nearest to what a supplier wrote, even if it did not parse: the same type
     * when its essence is supported, otherwise the FHIR type of the syntax its name mentions
     * ({@code application/json}, {@code text/json} → {@code application/fhir+json};
     * {@code application/xml}, {@code text/xml} → {@code application/fhir+xml}); empty when it names
     * neither, and the caller should name both.
     */
    public static Optional<SupportedMediaType> nearest(String written) {
        String lower = written.toLowerCase(Locale.ROOT).strip();
        int semicolon = lower.indexOf(';');
        String essence = (semicolon < 0 ? lower : lower.substring(0, semicolon)).strip();
        Optional<SupportedMediaType> same = ofEssence(essence);
        if (same.isPresent()) {
            return same;
        }
        boolean json = essence.contains("json");
        boolean xml = essence.contains("xml");
        if (json == xml) {
            return Optional.empty();
        }
        return Optional.of(json ? FHIR_JSON : FHIR_XML);
    }

    /** What to tell a supplier to send instead of {@code written}: one type, or both when neither is nearer. */
    public static String suggestionFor(String written) {
        return nearest(written).map(t -> "'" + t.essence + "'").orElse(bothOptions());
    }

    /** The two RFC 6839 types, for when nothing says which syntax was meant. */
    public static String bothOptions() {
        return "'" + FHIR_XML.essence + "' (XML body) or '" + FHIR_JSON.essence + "' (JSON body)";
    }
}
