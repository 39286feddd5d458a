package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.StringReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.nemsrules.fhir.HardenedXmlInput;

/** What HAPI throws becomes a problem in words, at the position HAPI names, whichever StAX parser it used. */
class SubscriptionParserTest {
    private static final String UNKNOWN =
            "Unknown resource name \"NoSuchType\" (this name is not known in FHIR version \"DSTU3\")";

    private static ParseProblem notStu3(String message, int line, Integer column) {
        return new ParseProblem(
                ParseProblem.NOT_STU3,
                "body",
                "HAPI FHIR cannot read the body as an STU3 Subscription: " + message,
                line,
                column);
    }

    @Test
    void theJdkParsersPositionIsTakenFromHapisMessage() throws XMLStreamException {
        // HAPI prints the location of the parser it used; this is how the JDK's prints one.
        XMLStreamReader reader = HardenedXmlInput.factory()
                .createXMLStreamReader(new StringReader("<Subscription>\n\n  <contained><NoSuchType/></contained>"));
        while (!(reader.isStartElement() && reader.getLocalName().equals("NoSuchType"))) {
            reader.next();
        }
        String message = "HAPI-1684: DataFormatException at [" + reader.getLocation() + "]: " + UNKNOWN;

        assertEquals(notStu3(UNKNOWN, 3, 27), SubscriptionParser.fromException(new DataFormatException(message)));
    }

    @Test
    void woodstoxsPositionIsTakenFromHapisMessage() {
        String message = "HAPI-1684: DataFormatException at [[row,col {unknown-source}]: [5,14]]: " + UNKNOWN;

        assertEquals(notStu3(UNKNOWN, 5, 14), SubscriptionParser.fromException(new DataFormatException(message)));
    }

    @Test
    void aMessageWithoutAPositionIsKeptWithoutHapisCode() {
        assertEquals(
                notStu3(UNKNOWN, 0, null),
                SubscriptionParser.fromException(new DataFormatException("HAPI-1684: " + UNKNOWN + " ")));
    }
}
