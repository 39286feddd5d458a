package org.nemsrules.subscription;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nemsrules.engine.Echo;
import org.nemsrules.fhir.HardenedXmlInput;
import org.nemsrules.model.LineEnds;

/**
 * Reads an XML body once with StAX: checks that it is well-formed, refuses any DTD, bounds its
 * nesting, and records where each element starts. It runs before HAPI, so HAPI never sees a
 * document type declaration or an entity: a body with one is a finding, and nothing it names
 * (a local file, a URL) is ever opened.
 */
final class XmlBodyScanner {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private XmlBodyScanner() {}

    private static final String DOCTYPE = "<!DOCTYPE";
    private static final String DOCTYPE_REFUSED = "the XML body has a document type declaration (<!DOCTYPE ...>); "
            + "FHIR XML must not contain DTDs or entity declarations, so it was not processed: remove the "
            + "<!DOCTYPE ...> and use plain characters or character references (&#233;) instead of entities";

    static BodyScan scan(String text) throws BodyScan.Unreadable {
        ElementLocations.Builder locations = new ElementLocations.Builder();
        Deque<String> path = new ArrayDeque<>();
        Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
        siblings.push(new HashMap<>());
        Deque<StringBuilder> texts = new ArrayDeque<>();
        List<ParseProblem> problems = new ArrayList<>();
        String rootName = null;
        String namespace = "";
        boolean plain = true;
        refuseDoctype(text);
        XMLStreamReader reader = null;
        try {
            // The JDK's StAX parser counts a CR alone as a line end but then reports columns short by one or more.
            // XML reads a CR alone as LF (XML 1.0, 2.11), so giving it LF changes no content, line or column.
            reader =
                    HardenedXmlInput.factory().createXMLStreamReader(new StringReader(LineEnds.withLfForCrAlone(text)));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw unreadable(reader.getLocation(), DOCTYPE_REFUSED);
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw unreadable(
                                reader.getLocation(),
                                "the XML body uses the entity '&" + Echo.of(reader.getLocalName())
                                        + ";', which FHIR XML does "
                                        + "not define; write the character itself or a character reference instead");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.size() >= BodyScan.MAX_DEPTH) {
                            throw unreadable(
                                    reader.getLocation(),
                                    "the XML body nests elements more than "
                                            + BodyScan.MAX_DEPTH
                                            + " deep; a Subscription needs far fewer, so it was not "
                                            + "read further");
                        }
                        String name = reader.getLocalName();
                        if (rootName == null) {
                            rootName = name;
                            namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                        }
                        plain &=
                                BodyScan.FHIR_NAMESPACE.equals(reader.getNamespaceURI()) && isEmpty(reader.getPrefix());
                        int index = siblings.peek().merge(name, 1, Integer::sum) - 1;
                        String key = (path.isEmpty() ? "" : path.peek() + ".") + name + "[" + index + "]";
                        Location at = reader.getLocation();
                        locations.add(
                                key, name, reader.getAttributeValue(null, "value"), at.getLineNumber(), column(at));
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String attribute = reader.getAttributeLocalName(i);
                            plain &= isEmpty(reader.getAttributeNamespace(i)) && isEmpty(reader.getAttributePrefix(i));
                            if (!attribute.equals("value")) {
                                locations.add(
                                        key + ".@" + attribute,
                                        "@" + attribute,
                                        reader.getAttributeValue(i),
                                        at.getLineNumber(),
                                        column(at));
                            }
                        }
                        path.push(key);
                        siblings.push(new HashMap<>());
                        texts.push(new StringBuilder());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!texts.isEmpty() && texts.peek().length() < 80) {
                            texts.peek().append(reader.getText().strip());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String content = texts.pop().toString();
                        // Narrative XHTML holds text; a FHIR element never does: HAPI would drop it unread.
                        if (!content.isEmpty() && !XHTML.equals(reader.getNamespaceURI())) {
                            String shown = ElementLocations.display(path.peek());
                            Location at = reader.getLocation();
                            problems.add(new ParseProblem(
                                    ParseProblem.NOT_STU3,
                                    shown,
                                    shown + " holds the text '"
                                            + (content.length() > 40 ? content.substring(0, 40) + "..." : content)
                                            + "' between its "
                                            + "tags; FHIR XML gives a value in the element's value attribute (<"
                                            + reader.getLocalName() + " value=\"...\"/>), and text there is ignored",
                                    at.getLineNumber(),
                                    column(at)));
                        }
                        path.pop();
                        siblings.pop();
                    }
                    case XMLStreamConstants.COMMENT ->
                        // HAPI's parser keeps comments in its model; only it reads a body with them.
                        plain = false;
                    default -> {
                        // Text and processing instructions carry no element of their own.
                    }
                }
            }
        } catch (XMLStreamException e) {
            String why = stripPosition(e.getMessage());
            // The usual cause: criteria separators written as a raw '&' in the value attribute.
            String hint = why.contains("reference to entity")
                    ? "; in XML every '&' is written '&amp;', including " + "the separators of the criteria"
                    : "";
            throw unreadable(e.getLocation(), "the body is not well-formed XML: " + why + hint);
        } finally {
            close(reader);
        }
        if (rootName == null) {
            throw new BodyScan.Unreadable(new ParseProblem(
                    ParseProblem.NOT_WELL_FORMED,
                    "body",
                    "the XML body has no root element; expected <Subscription xmlns=\"http://hl7.org/fhir\">",
                    1,
                    null));
        }
        return new BodyScan(rootName, namespace, locations.build(), List.copyOf(problems), plain);
    }

    /**
     * Refuses a DOCTYPE in the prolog before the JDK's parser sees it: with DTD support off, that parser
     * still prints a line to standard output when a DOCTYPE's internal subset is cut short, and a user must
     * not see a parser's noise. The StAX DTD event stays as the second guard.
     */
    private static void refuseDoctype(String text) throws BodyScan.Unreadable {
        int doctype = text.indexOf(DOCTYPE);
        if (doctype < 0 || doctype > prologEnd(text)) {
            return;
        }
        throw new BodyScan.Unreadable(new ParseProblem(
                ParseProblem.NOT_WELL_FORMED,
                "body",
                DOCTYPE_REFUSED,
                LineEnds.lineAt(text, doctype),
                LineEnds.columnAt(text, doctype)));
    }

    /** Where the root element starts: the first '<' followed by a character that can start a name. */
    private static int prologEnd(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '_' || next == ':') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static Integer column(Location at) {
        return at.getColumnNumber() > 0 ? at.getColumnNumber() : null;
    }

    private static BodyScan.Unreadable unreadable(Location at, String message) {
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        return new BodyScan.Unreadable(
                new ParseProblem(ParseProblem.NOT_WELL_FORMED, "body", message, line, at == null ? null : column(at)));
    }

    /** The JDK prefixes messages with "ParseError at [row,col]:[r,c]\nMessage: "; the finding has its own position. */
    static String stripPosition(String message) {
        if (message == null) {
            return "";
        }
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing to release for a string source.
            }
        }
    }
}
