package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first pass over an XML body: what it refuses, where it says so, and where it finds each element. */
class XmlBodyScannerTest {
    private static final String FHIR = "<Subscription xmlns=\"http://hl7.org/fhir\">";

    private static final String DOCTYPE_REFUSED = "the XML body has a document type declaration (<!DOCTYPE ...>); "
            + "FHIR XML must not contain DTDs or entity declarations, so it was not processed: remove the "
            + "<!DOCTYPE ...> and use plain characters or character references (&#233;) instead of entities";

    private static ParseProblem refusal(String text) {
        return assertThrows(BodyScan.Unreadable.class, () -> XmlBodyScanner.scan(text))
                .problem();
    }

    private static ParseProblem notWellFormed(String message, int line, int column) {
        return new ParseProblem(ParseProblem.NOT_WELL_FORMED, "body", message, line, column);
    }

    private static ElementLocations.Entry entry(String key, String name, String value, int line, int column) {
        return new ElementLocations.Entry(key, name, value, line, column);
    }

    /** {@code depth} elements, the outermost a FHIR Subscription, each inside the one before. */
    private static String nested(int depth) {
        return FHIR + "<extension>".repeat(depth - 1) + "</extension>".repeat(depth - 1) + "</Subscription>";
    }

    @Test
    void aDoctypeInThePrologIsRefusedAtItsLineAndColumnBeforeTheParserSeesIt() {
        String text = "<?xml version=\"1.0\"?>\n  <!DOCTYPE Subscription>\n" + FHIR + "</Subscription>";

        assertEquals(notWellFormed(DOCTYPE_REFUSED, 2, 3), refusal(text));
    }

    @Test
    void aDoctypeAtTheVeryStartIsRefusedAtTheFirstCharacter() {
        assertEquals(
                notWellFormed(DOCTYPE_REFUSED, 1, 1), refusal("<!DOCTYPE Subscription>\n" + FHIR + "</Subscription>"));
    }

    @Test
    void aDoctypeWithNoRootElementAfterItIsRefused() {
        // The text ends in a '<' that starts no element: the whole text is prolog.
        assertEquals(notWellFormed(DOCTYPE_REFUSED, 2, 1), refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<"));
    }

    @ParameterizedTest
    @CsvSource({"_x", ":x", "x"})
    void aDoctypeInsideTheRootElementIsMarkupOutOfPlaceNotADeclaration(String root) {
        ParseProblem p = refusal("<" + root + "><!DOCTYPE y></" + root + ">");

        assertTrue(p.message().startsWith("the body is not well-formed XML: "), p.message());
        assertEquals(1, p.line());
        assertEquals(root.length() + 12, p.column(), "just after '<!DOCTYPE'");
    }

    @Test
    void anXmlVersionOtherThanOnePointZeroIsNotWellFormed() {
        assertEquals(
                notWellFormed(
                        "the body is not well-formed XML: XML version \"abc\" is not supported, only XML 1.0 is "
                                + "supported.",
                        1,
                        20),
                refusal("<?xml version=\"abc\"?>" + FHIR + "</Subscription>"));
    }

    @Test
    void doctypeTextAfterTheRootElementStartsIsNoDeclaration() throws BodyScan.Unreadable {
        assertEquals(
                "Subscription",
                XmlBodyScanner.scan(FHIR + "<!-- <!DOCTYPE x> --></Subscription>")
                        .rootName());
    }

    @ParameterizedTest
    @CsvSource({"_x", ":x", "x"})
    void aRootNameMayStartWithALetterAnUnderscoreOrAColon(String root) throws BodyScan.Unreadable {
        // A DOCTYPE after the root's start tag (here in a comment) is inside the document, not in its prolog.
        BodyScan scan = XmlBodyScanner.scan("<" + root + "><!-- <!DOCTYPE x> --></" + root + ">");

        assertEquals(root, scan.rootName());
        assertEquals("", scan.namespace(), "a root without xmlns has no namespace");
        assertEquals(
                List.of(entry(root + "[0]", root, null, 1, root.length() + 3)),
                scan.locations().entries());
    }

    @Test
    void anElementsPositionIsWhereItsStartTagEndsAndItsOtherAttributesShareIt() throws BodyScan.Unreadable {
        String text =
                FHIR + "\n  <contact id=\"c1\"><system value=\"url\"/></contact>\n  <contact><system value=\"email\"/>"
                        + "</contact>\n</Subscription>";

        BodyScan scan = XmlBodyScanner.scan(text);

        assertEquals("Subscription", scan.rootName());
        assertEquals(BodyScan.FHIR_NAMESPACE, scan.namespace());
        assertEquals(
                List.of(
                        entry("Subscription[0]", "Subscription", null, 1, 43),
                        entry("Subscription[0].contact[0]", "contact", null, 2, 20),
                        entry("Subscription[0].contact[0].@id", "@id", "c1", 2, 20),
                        entry("Subscription[0].contact[0].system[0]", "system", "url", 2, 41),
                        entry("Subscription[0].contact[1]", "contact", null, 3, 12),
                        entry("Subscription[0].contact[1].system[0]", "system", "email", 3, 35)),
                scan.locations().entries());
        assertEquals(List.of(), scan.problems());
    }

    @Test
    void sixtyFourLevelsOfNestingAreReadAndSixtyFiveAreRefusedAtTheElementTooDeep() throws BodyScan.Unreadable {
        assertEquals(64, XmlBodyScanner.scan(nested(64)).locations().entries().size());

        assertEquals(
                notWellFormed(
                        "the XML body nests elements more than 64 deep; a Subscription needs far fewer, so it was not "
                                + "read further",
                        1,
                        FHIR.length() + "<extension>".length() * 64 + 1),
                refusal(nested(65)));
    }

    @Test
    void textBetweenAnElementsTagsIsReportedAtItsEndTagWithUpToFortyCharacters() throws BodyScan.Unreadable {
        String forty = "0123456789".repeat(4);
        String text = FHIR + "\n  <reason>  " + forty + "  </reason>\n  <criteria>" + forty + "X</criteria>\n"
                + "  <end><![CDATA[next year]]></end>\n</Subscription>";

        assertEquals(
                List.of(
                        textProblem("Subscription.reason", forty, "reason", 2, 64),
                        textProblem("Subscription.criteria", forty + "...", "criteria", 3, 65),
                        textProblem("Subscription.end", "next year", "end", 4, 35)),
                XmlBodyScanner.scan(text).problems());
    }

    private static ParseProblem textProblem(String path, String shown, String name, int line, int column) {
        return new ParseProblem(
                ParseProblem.NOT_STU3,
                path,
                path + " holds the text '" + shown + "' between its tags; FHIR XML gives a value in the element's "
                        + "value attribute (<" + name + " value=\"...\"/>), and text there is ignored",
                line,
                column);
    }

    @Test
    void anEntityIsRefusedByNameWhereItIsUsed() {
        assertEquals(
                notWellFormed(
                        "the XML body uses the entity '&e;', which FHIR XML does not define; write the character "
                                + "itself or a character reference instead",
                        2,
                        14),
                refusal(FHIR + "\n  <reason>&e;</reason>\n</Subscription>"));
    }

    @Test
    void aRawAmpersandIsNotWellFormedAndTheMessageSaysHowToWriteIt() {
        assertEquals(
                notWellFormed(
                        "the body is not well-formed XML: The reference to entity \"b\" must end with the ';' "
                                + "delimiter.; in XML every '&' is written '&amp;', including the separators of the "
                                + "criteria",
                        2,
                        23),
                refusal(FHIR + "\n  <criteria value=\"a&b\"/>\n</Subscription>"));
    }

    @Test
    void otherXmlErrorsGiveTheParsersReasonWithoutItsPositionOrAnAmpersandHint() {
        assertEquals(
                notWellFormed(
                        "the body is not well-formed XML: Open quote is expected for attribute \"value\" associated "
                                + "with an  element type  \"criteria\".",
                        2,
                        19),
                refusal(FHIR + "\n  <criteria value=a/>\n</Subscription>"));
    }

    @Test
    void aBodyWithoutARootElementIsNotWellFormed() {
        assertEquals(
                notWellFormed("the body is not well-formed XML: Premature end of file.", 1, 11), refusal("<!-- c -->"));
    }

    @Test
    void theParsersPositionIsCutFromItsMessage() {
        assertEquals(
                "Open quote is expected.",
                XmlBodyScanner.stripPosition("ParseError at [row,col]:[2,19]\nMessage: Open quote is expected.  "));
        assertEquals("Premature end of file.", XmlBodyScanner.stripPosition("  Premature end of file.  "));
        assertEquals("Premature end of file.", XmlBodyScanner.stripPosition("Message: Premature end of file."));
        assertEquals("", XmlBodyScanner.stripPosition(null));
    }
}
