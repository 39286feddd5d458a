package org.nemsrules.fhir;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.nemsrules.engine.Severity;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML body once with a parser that refuses DTDs before HAPI's validator sees it. HAPI parses the
 * text again with its own XML stack, whose settings we do not control; a body that passes here has no
 * DOCTYPE and therefore no entity declarations, so nothing it holds can make any parser open a file or URL.
 */
final class XmlPrecheck {
    static final String DOCTYPE_ID = "nems-deep-doctype";
    static final String MALFORMED_ID = "nems-deep-xml-malformed";

    private static final SAXParserFactory FACTORY = hardenedFactory();

    private XmlPrecheck() {}

    /**
     * A message when the body is not well-formed XML, declares a DOCTYPE or has more than {@code maxElements}
     * elements; empty when it may go on to HAPI.
     */
    static Optional<DeepValidationMessage> problem(String xml, int maxElements) {
        try {
            SAXParser parser = FACTORY.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            int[] elements = {0};
            parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    elements[0]++;
                }
            });
            return DeepProfileValidator.tooLarge(elements[0], maxElements);
        } catch (SAXParseException e) {
            return Optional.of(describe(e));
        } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
            return Optional.of(new DeepValidationMessage(
                    Severity.ERROR, "The body could not be read as XML: " + e.getMessage(), "", 0, 0, MALFORMED_ID));
        }
    }

    private static DeepValidationMessage describe(SAXParseException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("DOCTYPE")) {
            return new DeepValidationMessage(
                    Severity.ERROR,
                    "The body declares a DOCTYPE. FHIR XML must not contain a DTD or entity declarations;"
                            + " the body was not read further and no entity was resolved.",
                    "",
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    DOCTYPE_ID);
        }
        return new DeepValidationMessage(
                Severity.ERROR,
                "The body is not well-formed XML: " + text,
                "",
                e.getLineNumber(),
                e.getColumnNumber(),
                MALFORMED_ID);
    }

    private static SAXParserFactory hardenedFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            // Refusing DTDs is the whole point: without it the deep mode must not run.
            throw new IllegalStateException("the XML parser cannot be hardened against DTDs", e);
        }
        return factory;
    }
}
