package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypeTest {

    /** How the mime rules treat a header value, in one word. */
    enum Verdict {
        LITERAL,
        EQUIVALENT,
        OTHER_PARAMETERS,
        FOREIGN_CHARSET,
        UNSUPPORTED,
        INVALID
    }

    static Verdict verdict(Parsed<MediaType> parsed) {
        if (!parsed.isValid()) {
            return Verdict.INVALID;
        }
        MediaType type = parsed.get();
        if (type.supportedType().isEmpty()) {
            return Verdict.UNSUPPORTED;
        }
        if (!type.hasListedCharset()) {
            return Verdict.FOREIGN_CHARSET;
        }
        if (type.isLiteral()) {
            return Verdict.LITERAL;
        }
        return type.isEquivalent() ? Verdict.EQUIVALENT : Verdict.OTHER_PARAMETERS;
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // value                                              | verdict          | essence, or what the problem
                // says | syntax | nearest
                "application/fhir+xml                                 | LITERAL          | application/fhir+xml        | XML     | application/fhir+xml",
                "application/fhir+json                                | LITERAL          | application/fhir+json       | JSON    | application/fhir+json",
                "application/xml+fhir                                 | LITERAL          | application/xml+fhir        | XML     | application/xml+fhir",
                "application/json+fhir                                | LITERAL          | application/json+fhir       | JSON    | application/json+fhir",
                "application/fhir+xml;charset=utf-8                   | LITERAL          | application/fhir+xml        | XML     | application/fhir+xml",
                "application/fhir+json;charset=utf-8                  | LITERAL          | application/fhir+json       | JSON    | application/fhir+json",
                "application/xml+fhir;charset=utf-8                   | LITERAL          | application/xml+fhir        | XML     | application/xml+fhir",
                "application/json+fhir;charset=utf-8                  | LITERAL          | application/json+fhir       | JSON    | application/json+fhir",
                "'  application/fhir+json  '                          | LITERAL          | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+json; charset=utf-8                 | EQUIVALENT       | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+json ; charset = utf-8              | EQUIVALENT       | application/fhir+json       | JSON    | application/fhir+json",
                "Application/FHIR+JSON;Charset=UTF-8                  | EQUIVALENT       | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+xml;charset=\"utf-8\"               | EQUIVALENT       | application/fhir+xml        | XML     | application/fhir+xml",
                "application/fhir+xml;charset=\"utf\\-8\"             | EQUIVALENT       | application/fhir+xml        | XML     | application/fhir+xml",
                "application/json+fhir;                               | EQUIVALENT       | application/json+fhir       | JSON    | application/json+fhir",
                "application/xml+fhir;;charset=utf-8;                 | EQUIVALENT       | application/xml+fhir        | XML     | application/xml+fhir",
                "application/fhir+json;fhirVersion=3.0                | OTHER_PARAMETERS | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+json; fhirVersion=4.0               | OTHER_PARAMETERS | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+json;charset=iso-8859-1             | FOREIGN_CHARSET  | application/fhir+json       | JSON    | application/fhir+json",
                "application/fhir+json;charset=utf8                   | FOREIGN_CHARSET  | application/fhir+json       | JSON    | application/fhir+json",
                "application/xml+fhir;charset=UTF-16                  | FOREIGN_CHARSET  | application/xml+fhir        | XML     | application/xml+fhir",
                "application/json                                     | UNSUPPORTED      | application/json            | -       | application/fhir+json",
                "text/json                                            | UNSUPPORTED      | text/json                   | -       | application/fhir+json",
                "application/json;charset=utf-8                       | UNSUPPORTED      | application/json            | -       | application/fhir+json",
                "application/xml                                      | UNSUPPORTED      | application/xml             | -       | application/fhir+xml",
                "text/xml                                             | UNSUPPORTED      | text/xml                    | -       | application/fhir+xml",
                "text/html                                            | UNSUPPORTED      | text/html                   | -       | both",
                "*/*                                                  | UNSUPPORTED      | */*                         | -       | both",
                "application/*                                        | UNSUPPORTED      | application/*               | -       | both",
                "''                                                   | INVALID          | empty                       | -       | both",
                "application/                                         | INVALID          | empty subtype               | -       | both",
                "/json                                                | INVALID          | empty type                  | -       | application/fhir+json",
                "application json                                     | INVALID          | no '/'                      | -       | application/fhir+json",
                "application /fhir+json                               | INVALID          | whitespace                  | -       | application/fhir+json",
                "application/fhir+json;charset                        | INVALID          | without '='                 | -       | application/fhir+json",
                "application/fhir+json;charset=                       | INVALID          | empty value                 | -       | application/fhir+json",
                "application/fhir+json;charset=\"utf-8                | INVALID          | unterminated                | -       | application/fhir+json",
                "application/fhir+json;=utf-8                         | INVALID          | without a name              | -       | application/fhir+json",
                "application/fhir+json, application/fhir+xml          | INVALID          | only Accept takes a list    | -       | both",
                "application/fhir+jsón                                | INVALID          | U+00F3                      | -       | both",
                "application/fhir+json;charset=utf-8;Charset=utf-8    | INVALID          | 'charset' twice             | -       | application/fhir+json",
                "*/json                                               | INVALID          | wildcard type               | -       | application/fhir+json",
            })
    void everyHeaderValueIsJudgedAsTheTableSays(
            String value, Verdict verdict, String detail, String syntax, String nearest) {
        Parsed<MediaType> parsed = MediaType.parse(value);
        assertEquals(verdict, verdict(parsed), parsed::toString);
        if (parsed.isValid()) {
            MediaType type = parsed.get();
            assertEquals(detail, type.essence());
            assertEquals(syntax, type.declaredSyntax().map(Enum::name).orElse("-"));
            assertEquals(
                    nearest,
                    type.nearestSupported().map(SupportedMediaType::essence).orElse("both"));
            assertEquals(value.strip(), type.text());
        } else {
            String problem = parsed.problem().orElseThrow();
            assertTrue(problem.contains(detail), problem);
            assertEquals(
                    nearest,
                    SupportedMediaType.nearest(value)
                            .map(SupportedMediaType::essence)
                            .orElse("both"));
        }
    }

    @Test
    void thereAreExactlyEightLiteralStrings() {
        assertEquals(
                List.of(
                        "application/fhir+xml",
                        "application/fhir+xml;charset=utf-8",
                        "application/fhir+json",
                        "application/fhir+json;charset=utf-8",
                        "application/xml+fhir",
                        "application/xml+fhir;charset=utf-8",
                        "application/json+fhir",
                        "application/json+fhir;charset=utf-8"),
                SupportedMediaType.allLiterals());
    }

    @Test
    void parametersAreExposedWithLowerCaseNamesAndUnquotedValues() {
        MediaType type = MediaType.parse("Application/FHIR+JSON ; Charset=\"UTF-8\" ; fhirVersion=3.0")
                .get();
        assertEquals("application", type.type());
        assertEquals("fhir+json", type.subtype());
        assertEquals(Optional.of("UTF-8"), type.charset());
        assertTrue(type.hasListedCharset());
        assertEquals(List.of(new MediaType.Parameter("fhirversion", "3.0", false, 40)), type.otherParameters());
        assertTrue(type.parameters().get(0).quoted());
        assertEquals(Optional.of("application/fhir+json;charset=utf-8"), type.literalForm());
        assertFalse(type.isLiteral());
        assertFalse(type.isEquivalent());
    }

    @Test
    void aQuotedValueMayHoldEscapesSemicolonsAndCommas() {
        MediaType type = MediaType.parse("application/fhir+json;profile=\"a;b,c \\\"d\\\"\"")
                .get();
        assertEquals(Optional.of("a;b,c \"d\""), type.parameter("profile").map(MediaType.Parameter::value));
    }

    @Test
    void theLiteralFormKeepsACharsetOnlyWhenOneWasGiven() {
        assertEquals(
                Optional.of("application/xml+fhir"),
                MediaType.parse("APPLICATION/XML+FHIR").get().literalForm());
        assertEquals(Optional.empty(), MediaType.parse("application/json").get().literalForm());
    }

    @Test
    void wildcardsAdmitTheSupportedTypesTheyCover() {
        assertTrue(MediaType.parse("*/*").get().admits(SupportedMediaType.FHIR_XML));
        assertTrue(MediaType.parse("application/*").get().admits(SupportedMediaType.JSON_FHIR));
        assertFalse(MediaType.parse("text/*").get().admits(SupportedMediaType.FHIR_JSON));
        assertFalse(MediaType.parse("application/json").get().admits(SupportedMediaType.FHIR_JSON));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "application /fhir+json | 'application /fhir+json' has the character ' ' at position 12 where a media type allows none (whitespace is allowed only around ';')",
                "application/fhir+json ~ | 'application/fhir+json ~' has the character '~' at position 23 where a media type allows none",
                "application/@ | 'application/@' has the character '@' at position 13 where a media type allows none",
                "application/ ;charset=utf-8 | 'application/ ;charset=utf-8' has an empty subtype after '/'; expected e.g. 'application/fhir+json'",
                "application/;charset=utf-8 | 'application/;charset=utf-8' has an empty subtype after '/'; expected e.g. 'application/fhir+json'",
                "application/fhir+json;charset;q=1 | 'application/fhir+json;charset;q=1' has the parameter 'charset' without '=' and a value; expected name=value, e.g. 'charset=utf-8'",
                "application/fhir+json;charset utf-8 | 'application/fhir+json;charset utf-8' has the character 'u' at position 31 where a media type allows none",
                "application/fhir+json;charset= ;x=1 | 'application/fhir+json;charset= ;x=1' gives the parameter 'charset' an empty value; expected e.g. 'charset=utf-8'",
                "application/fhir+json;fhirVersion= | 'application/fhir+json;fhirVersion=' gives the parameter 'fhirVersion' an empty value; expected e.g. 'fhirVersion=<value>'",
                "application/fhir+json;charset=@ | 'application/fhir+json;charset=@' has the character '@' at position 31 where a media type allows none",
                "application/fhir+json;profile=\"a\\ | 'application/fhir+json;profile=\"a\\' has an unterminated quoted value for the parameter 'profile': the closing '\"' is missing",
            })
    void aTextThatBreaksTheGrammarIsToldWhereAndHow(String value, String problem) {
        assertEquals(Optional.of(problem), MediaType.parse(value).problem());
    }

    @ParameterizedTest(name = "[{index}] U+{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // the text before the character, the character, the text after it, and where it is
                "application/fhir+json          | 007F | ''  | 22",
                "application/fhir+json          | 001F | ''  | 22",
                "application/fhir+json;profile=\"a | 007F | b\" | 33",
                "application/fhir+json;profile=\"a | 0100 | b\" | 33",
                "application/fhir+json;profile=\"a | 001F | b\" | 33",
            })
    void anInvisibleCharacterIsShownByItsCodePoint(String before, String codePoint, String after, int position) {
        String value = before + (char) Integer.parseInt(codePoint, 16) + after.replace("''", "");
        assertEquals(
                Optional.of("'" + value + "' has the character U+" + codePoint + " at position " + position
                        + " where a media type allows none"),
                MediaType.parse(value).problem());
    }

    @Test
    void aQuotedValueTakesEveryVisibleCharacterSpaceTabAndObsText() {
        // the edges of each range of RFC 9110 qdtext: '#'..'[', ']'..'~', U+0080..U+00FF
        String text = "\t !#[]~\u0080\u00FF";
        MediaType type = MediaType.parse("application/fhir+json;profile=\"" + text + "\"")
                .get();
        assertEquals(Optional.of(text), type.parameter("profile").map(MediaType.Parameter::value));
    }

    @Test
    void theFirstCharacterOfTheTokenPunctuationIsATokenCharacter() {
        MediaType type = MediaType.parse("application/fhir+json;x=!").get();
        assertEquals(Optional.of("!"), type.parameter("x").map(MediaType.Parameter::value));
    }

    @Test
    void aMediaTypeARangeAndAParseResultShowTheirText() {
        assertEquals(
                "application/fhir+json; charset=utf-8",
                MediaType.parse(" application/fhir+json; charset=utf-8 ").get().toString());
        List<MediaRange> ranges =
                AcceptHeader.parse("application/fhir+json;q=0.5, text/html").get();
        assertEquals("application/fhir+json;q=0.5", ranges.get(0).toString());
        assertEquals("text/html", ranges.get(1).toString());
        assertEquals("text/html", MediaType.parse("text/html").toString());
        assertEquals(
                "problem: the value is empty; expected a media type such as 'application/fhir+json'",
                MediaType.parse("").toString());
    }

    @Test
    void theNearestTypeIsReadFromTheTextBeforeTheFirstSemicolon() {
        assertEquals(Optional.empty(), SupportedMediaType.nearest(";json"));
        assertEquals(Optional.of(SupportedMediaType.FHIR_JSON), SupportedMediaType.nearest("text/json;xml"));
    }
}
