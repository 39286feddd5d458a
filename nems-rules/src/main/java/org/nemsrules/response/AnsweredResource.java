package org.nemsrules.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nemsrules.fhir.HardenedXmlInput;
import org.nemsrules.model.JsonTrees;

/**
 * What a recorded answer's body is, read just far enough for the response rules: the resource it holds (its root
 * element or {@code resourceType}) and, for an {@code OperationOutcome}, the codings of each issue's
 * {@code details}. XML is read with the hardened StAX factory (no DTD, no entity), JSON with Jackson's default read
 * constraints; nesting is bounded as a request body's is.
 *
 * @param resourceType the resource's type, e.g. {@code OperationOutcome}; empty when the body is not a resource
 * @param codings      every {@code issue.details.coding} of an OperationOutcome, in order
 * @param problem      why the body could not be read, when it could not
 */
record AnsweredResource(String resourceType, List<Coding> codings, Optional<String> problem) {
    /** A coding of an issue's details. */
    record Coding(String system, String code) {}

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_DEPTH = 64;
    static final String OPERATION_OUTCOME = "OperationOutcome";

    AnsweredResource {
        codings = List.copyOf(codings);
    }

    static AnsweredResource read(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return json(text);
        }
        if (start.startsWith("<")) {
            return xml(text);
        }
        return unreadable("it is neither XML nor JSON");
    }

    boolean isOperationOutcome() {
        return OPERATION_OUTCOME.equals(resourceType);
    }

    private static AnsweredResource unreadable(String why) {
        return new AnsweredResource("", List.of(), Optional.of(why));
    }

    private static AnsweredResource json(String text) {
        JsonNode root;
        try {
            root = JsonTrees.read(JSON, text);
        } catch (JsonProcessingException e) {
            return unreadable("it is not well-formed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("resourceType").isTextual()) {
            return unreadable("it is JSON without a resourceType");
        }
        List<Coding> codings = new ArrayList<>();
        for (JsonNode issue : root.path("issue")) {
            for (JsonNode coding : issue.path("details").path("coding")) {
                codings.add(new Coding(
                        coding.path("system").asText(""), coding.path("code").asText("")));
            }
        }
        return new AnsweredResource(root.path("resourceType").asText(), codings, Optional.empty());
    }

    private static AnsweredResource xml(String text) {
        List<String> path = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        String root = "";
        String system = "";
        String code = "";
        try {
            XMLStreamReader reader = HardenedXmlInput.factory().createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return unreadable("it holds a DTD, which FHIR XML never does");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        if (path.isEmpty()) {
                            root = name;
                        }
                        path.add(name);
                        if (path.size() > MAX_DEPTH) {
                            return unreadable("it nests deeper than " + MAX_DEPTH + " elements");
                        }
                        String at = String.join("/", path);
                        String value = reader.getAttributeValue(null, "value");
                        if (at.endsWith("issue/details/coding/system") && value != null) {
                            system = value;
                        } else if (at.endsWith("issue/details/coding/code") && value != null) {
                            code = value;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (String.join("/", path).endsWith("issue/details/coding")) {
                            codings.add(new Coding(system, code));
                            system = "";
                            code = "";
                        }
                        path.remove(path.size() - 1);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return unreadable("it is not well-formed XML: "
                    + message.lines().reduce((a, b) -> b).orElse(message));
        }
        return new AnsweredResource(root, codings, Optional.empty());
    }
}
