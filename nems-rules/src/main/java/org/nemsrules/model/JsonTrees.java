package org.nemsrules.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into Jackson's tree, as {@code ObjectMapper.readTree} does with its default settings, from a parser
 * alone.
 *
 * <p>Why not the mapper: building an {@code ObjectMapper} loads and initialises about 400 of Jackson's classes
 * (serializers, deserializer factories, type introspection) that reading a tree never uses. In a JVM without this
 * project's class data sharing archive, such as Maven's when {@code nems:check} runs, that was 0.16 s of every
 * check, paid before the first recording (docs/benchmarks.md, "The Maven goal's start"). {@code JsonTreesTest} holds
 * this reader to the mapper's trees, node type by node type, and to its errors.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * The tree of the whole of {@code text}, read with a parser of {@code factory}: what {@code new
     * ObjectMapper(factory).readTree(text)} gives, {@link MissingNode} for a text without a value; like the mapper, it
     * does not look past the first value.
     *
     * @throws JsonProcessingException the parser's own exception where the text is not JSON or breaks the factory's
     *                                 constraints
     */
    public static JsonNode read(JsonFactory factory, String text) throws JsonProcessingException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonNode tree = read(parser);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // A parser over a String does no I/O of its own.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The value that starts at the parser's current token, or at its next one when it has none yet, read to its end:
     * the parser is left past the value with no current token, as {@code JsonParser.readValueAsTree} leaves it. Null
     * at the end of the input.
     */
    public static @Nullable JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.hasCurrentToken() ? parser.currentToken() : parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("a JSON tree is read from the start of a value, not from " + token);
        }
        // An explicit stack rather than recursion: the depth is bounded by the factory's constraints, not the thread's
        // stack.
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        JsonNode root = value(parser, token);
        String name = "";
        JsonNode value = root;
        while (true) {
            if (value instanceof ContainerNode<?> container) {
                open.push(container);
            } else if (open.isEmpty()) {
                break;
            }
            // To the next value, closing each container that ends on the way. Names are read with nextFieldName, as
            // the mapper reads them: the parser words some errors after a name differently from nextToken.
            token = null;
            while (token == null && !open.isEmpty()) {
                if (open.peek() instanceof ObjectNode) {
                    String next = parser.nextFieldName();
                    if (next != null) {
                        name = next;
                        token = parser.nextToken();
                    }
                } else {
                    JsonToken next = parser.nextToken();
                    token = next == JsonToken.END_ARRAY ? null : next;
                }
                if (token == null) {
                    open.pop();
                }
            }
            if (token == null) {
                break;
            }
            value = value(parser, token);
            if (open.peek() instanceof ObjectNode object) {
                // A repeated name keeps its first place and its last value, as the mapper's tree does.
                object.replace(name, value);
            } else {
                ((ArrayNode) open.peek()).add(value);
            }
        }
        // The mapper leaves the parser past the value, with no current token.
        parser.clearCurrentToken();
        return root;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> decimal(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> embedded(parser.getEmbeddedObject());
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private static JsonNode decimal(JsonParser parser) throws IOException {
        return switch (parser.getNumberTypeFP()) {
            case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue());
            case FLOAT32 -> NODES.numberNode(parser.getFloatValue());
            default -> NODES.numberNode(parser.getDoubleValue());
        };
    }

    private static JsonNode embedded(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        return value instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(value);
    }
}
