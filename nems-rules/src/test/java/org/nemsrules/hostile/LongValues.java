package org.nemsrules.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Suppression;
import org.nemsrules.recording.RecordingReader;

/**
 * Every place the requests of the sample corpus hold a value, for filling each in turn with a long hostile value:
 * the method, each token of the target, each header's name and each token of its value, each claim of the bearer
 * token (its name, each token of a string, a number) and of its JOSE header, the signature, each key and value of a
 * JSON body, each {@code value} attribute and element name of an XML body (a criteria is a value, so each of its
 * parameters' names and values is a token), and each suppression's rule id and reason. A token is a run of
 * letters, digits, dots and hyphens: {@code 9990000018} in {@code https://fhir.nhs.uk/Id/nhs-number|9990000018}.
 */
final class LongValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern XML_VALUE = Pattern.compile("<([A-Za-z][\\w.-]*)\\s[^<>]*?value=\"([^\"]*)\"");
    private static final Pattern XML_EMPTY_ELEMENT = Pattern.compile("<([A-Za-z][\\w.-]*)(?=[^<>]*/>)");

    private LongValues() {}

    /** What fills a place: a run of one character, letters or an NHS-number-like run of digits. */
    enum Form {
        LETTERS('x'),
        DIGITS('9');

        final char c;

        Form(char c) {
            this.c = c;
        }

        String of(int length) {
            return String.valueOf(c).repeat(length);
        }
    }

    /** One place in one request: a description, and the request with the place holding a given value. */
    record Place(String what, Function<String, Interaction> with) {
        @Override
        public String toString() {
            return what;
        }
    }

    /**
     * The places of every request of the sample corpus, each once for a method: a header, a claim or an element
     * that many samples have is filled in the first request that has it, and so is a token that many share.
     */
    static List<Place> ofSamples() {
        Map<String, Place> places = new LinkedHashMap<>();
        RecordingReader reader = new RecordingReader();
        for (Path sample : HostileCorpus.samples()) {
            String name = sample.getFileName().toString();
            for (Interaction request : reader.read(name, HostileCorpus.read(sample), RecordingReader.format(sample))
                    .interactions()) {
                for (Map.Entry<String, Place> p : of(request).entrySet()) {
                    places.putIfAbsent(request.method() + " " + p.getKey(), p.getValue());
                }
            }
        }
        return List.copyOf(places.values());
    }

    /** The places of one request, keyed by what the place is (and, for a token, its text). */
    static Map<String, Place> of(Interaction r) {
        Places out = new Places(r.file() + " #" + r.index());
        out.whole("method", r.method(), v -> copy(r, v, r.target(), r.headers(), r.body(), r.suppressions()));
        out.tokens("target", r.target(), v -> copy(r, r.method(), v, r.headers(), r.body(), r.suppressions()));
        List<Header> headers = r.headers().all();
        for (int i = 0; i < headers.size(); i++) {
            int at = i;
            Header h = headers.get(i);
            out.whole("header name " + h.name(), h.name(), v -> withHeader(r, at, new Header(v, h.value(), h.line())));
            out.tokens("header " + h.name(), h.value(), v -> withHeader(r, at, new Header(h.name(), v, h.line())));
            if (h.name().equalsIgnoreCase("Authorization") && h.value().startsWith("Bearer ")) {
                String[] parts = h.value().substring("Bearer ".length()).split("\\.", -1);
                if (parts.length == 3) {
                    Function<String[], Interaction> withToken =
                            p -> withHeader(r, at, new Header(h.name(), "Bearer " + String.join(".", p), h.line()));
                    out.json(
                            "JOSE header",
                            decode(parts[0]),
                            v -> withToken.apply(new String[] {encode(v), parts[1], parts[2]}));
                    out.json(
                            "claims",
                            decode(parts[1]),
                            v -> withToken.apply(new String[] {parts[0], encode(v), parts[2]}));
                    out.whole("signature", parts[2], v -> withToken.apply(new String[] {parts[0], parts[1], v}));
                }
            }
        }
        String body = r.body().text();
        Function<String, Interaction> withBody = v ->
                copy(r, r.method(), r.target(), r.headers(), Body.of(v, r.body().line()), r.suppressions());
        if (body.stripLeading().startsWith("{")) {
            out.json("body", body, withBody);
        } else if (body.stripLeading().startsWith("<")) {
            out.xml(body, withBody);
        }
        List<Suppression> suppressions = r.suppressions();
        for (int i = 0; i < suppressions.size(); i++) {
            int at = i;
            Suppression s = suppressions.get(i);
            out.whole(
                    "suppressed rule",
                    s.selector(),
                    v -> withSuppression(r, at, new Suppression(v, s.reason(), s.line(), s.unseparated())));
            out.whole(
                    "suppression reason",
                    s.reason(),
                    v -> withSuppression(r, at, new Suppression(s.selector(), v, s.line(), s.unseparated())));
            out.whole(
                    "suppression text",
                    s.unseparated(),
                    v -> withSuppression(r, at, new Suppression(s.selector(), s.reason(), s.line(), v)));
        }
        return out.places;
    }

    /** Collects places, each keyed by what it is and the value it holds there. */
    private static final class Places {
        final Map<String, Place> places = new LinkedHashMap<>();
        final String request;

        Places(String request) {
            this.request = request;
        }

        /** The value replaced whole: a place whatever value it held. */
        void whole(String what, String value, Function<String, Interaction> with) {
            places.putIfAbsent(what, new Place(request + ": " + what + " (was '" + value + "')", with));
        }

        /** The whole value, and each of its tokens in turn: a place for each token's text. */
        void tokens(String what, String value, Function<String, Interaction> with) {
            whole(what, value, with);
            Matcher token = TOKEN.matcher(value);
            while (token.find()) {
                int start = token.start();
                int end = token.end();
                if (end - start < value.length()) {
                    whole(
                            what + " token " + token.group(),
                            value,
                            v -> with.apply(value.substring(0, start) + v + value.substring(end)));
                }
            }
        }

        /** Each key of a JSON document, and each string (by token) and number in it. */
        void json(String what, String json, Function<String, Interaction> with) {
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                return;
            }
            if (root instanceof ContainerNode<?>) {
                walk(what, root, "", root, with);
            }
        }

        private void walk(
                String what, JsonNode root, String pointer, JsonNode node, Function<String, Interaction> with) {
            if (node instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    whole(
                            what + " key " + child,
                            name,
                            v -> with.apply(edited(
                                    root, pointer, o -> ((ObjectNode) o).set(v, ((ObjectNode) o).remove(name)))));
                    walk(what, root, child, object.get(name), with);
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    walk(what, root, pointer + "/" + i, array.get(i), with);
                }
            } else if (node.isTextual()) {
                tokens(what + " " + pointer, node.asText(), v -> with.apply(replaced(root, pointer, new TextNode(v))));
            } else if (node.isNumber()) {
                whole(
                        what + " " + pointer,
                        node.asText(),
                        v -> with.apply(replaced(
                                root,
                                pointer,
                                v.chars().allMatch(Character::isDigit)
                                        ? JSON.getNodeFactory().rawValueNode(new RawValue(v))
                                        : new TextNode(v))));
            }
        }

        /** Each {@code value} attribute (unescaped, by token, escaped again) and each empty element's name. */
        void xml(String body, Function<String, Interaction> with) {
            Matcher attribute = XML_VALUE.matcher(body);
            while (attribute.find()) {
                int start = attribute.start(2);
                int end = attribute.end(2);
                String value = unescaped(attribute.group(2));
                tokens(
                        "XML " + attribute.group(1) + " value",
                        value,
                        v -> with.apply(body.substring(0, start) + escaped(v) + body.substring(end)));
            }
            Matcher element = XML_EMPTY_ELEMENT.matcher(body);
            while (element.find()) {
                int start = element.start(1);
                int end = element.end(1);
                whole(
                        "XML element " + element.group(1),
                        element.group(1),
                        v -> with.apply(body.substring(0, start) + v + body.substring(end)));
            }
        }
    }

    private static String edited(JsonNode root, String pointer, java.util.function.Consumer<JsonNode> edit) {
        JsonNode copy = root.deepCopy();
        edit.accept(pointer.isEmpty() ? copy : copy.at(pointer));
        return copy.toString();
    }

    private static String replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy.toString();
    }

    private static String unescaped(String xml) {
        return xml.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String decode(String base64Url) {
        try {
            return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Interaction withHeader(Interaction r, int at, Header header) {
        List<Header> headers = new ArrayList<>(r.headers().all());
        headers.set(at, header);
        return copy(r, r.method(), r.target(), Headers.of(headers), r.body(), r.suppressions());
    }

    private static Interaction withSuppression(Interaction r, int at, Suppression suppression) {
        List<Suppression> suppressions = new ArrayList<>(r.suppressions());
        suppressions.set(at, suppression);
        return copy(r, r.method(), r.target(), r.headers(), r.body(), suppressions);
    }

    private static Interaction copy(
            Interaction r, String method, String target, Headers headers, Body body, List<Suppression> suppressions) {
        return new Interaction(r.file(), r.index(), r.origin(), method, target, r.line(), headers, body, suppressions);
    }
}
