package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.model.Body;

class BodySyntaxTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<?xml version=\"1.0\"?><Subscription/>                 | XML     | <?xml version=\"1.0\"?><Su... | 10",
                "'\uFEFF<Subscription xmlns=\"http://hl7.org/fhir\"/>'  | XML     | <Subscription xmlns=\"htt... | 10",
                "'  \n\n  {\"resourceType\":\"Subscription\"}'          | JSON    | {\"resourceType\":\"Subscri... | 12",
                "[ {} ]                                                 | JSON    | [ {} ]                        | 10",
                "'<Subscription xmlns=\"a\">'                         | XML     | <Subscription xmlns=\"a\">    | 10",
                "status=requested                                       | NEITHER | status=requested              | 10",
                "'\uFEFF \t '                                           | EMPTY   | ''                            | 0",
                "'\r\r\n\n\r{\r  \"resourceType\"'                       | JSON    | {                             | 14",
                "'<Subscription>\r<status/>'                             | XML     | <Subscription>                | 10",
            })
    void theFirstSignificantCharacterDecides(String text, BodySyntax.Kind kind, String start, int line) {
        BodySyntax syntax = BodySyntax.of(Body.of(text.getBytes(StandardCharsets.UTF_8), 10));
        assertEquals(kind, syntax.kind());
        assertEquals(start, syntax.start());
        assertEquals(line, syntax.line());
    }
}
