package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonTrees} against what it replaces, {@code ObjectMapper.readTree}: the same tree, node class by node class
 * and field order by field order, or the same exception with the same message, for every text tried under each
 * factory the library reads JSON with.
 */
class JsonTreesTest {
    private static final Map<String, JsonFactory> FACTORIES = Map.of(
            "default",
            new JsonFactory(),
            "strict duplicates",
            JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build(),
            "comments and trailing commas",
            JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .build(),
            "nesting of 4",
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(4).build())
                    .build(),
            "non-numeric numbers",
            JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
                    .build());

    private static final List<String> WRITTEN = List.of(
            "",
            "   \n ",
            "null",
            "true",
            "false",
            "0",
            "-0",
            "1.0",
            "-0.0",
            "0.1",
            "1e400",
            "-1E-400",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "123456789012345678901234567890.5",
            "NaN",
            "+1",
            "-Infinity",
            "\"\"",
            "\"caf\\u00e9 \\ud83d\\ude00 \\n\\t\\\"\"",
            "[]",
            "{}",
            "[1, 2.5, \"x\", null, true, {\"a\": []}]",
            "{\"a\": 1, \"a\": 2, \"b\": 3}",
            "{\"a\": {\"a\": 1}, \"b\": [], \"a\": [2]}",
            "{\"z\": 1, \"y\": 2, \"x\": {\"w\": 3, \"v\": 4}}",
            "[[[[]]]]",
            "[[[[[]]]]]",
            "{\"a\": {\"b\": {\"c\": {\"d\": 1}}}}",
            "{\"a\": {\"b\": {\"c\": {\"d\": {}}}}}",
            "{} {}",
            "[1] trailing",
            "1 2",
            "[1, 2,]",
            "{\"a\": 1,}",
            "// comment\n{\"a\": /* here */ 1}",
            "tru",
            "{\"a\":}",
            "{\"a\" 1}",
            "[1, 2",
            "{\"a\": [",
            "\"unterminated",
            "{'a': 1}",
            "[01]",
            "[1.]",
            "{\"a\": \"\u0001\"}",
            "]",
            "}",
            ":");

    static Stream<String> factories() {
        return FACTORIES.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("factories")
    void writtenTextsGiveTheMappersTreeOrItsError(String factory) {
        for (String text : WRITTEN) {
            assertLikeTheMapper(factory, text);
        }
    }

    @ParameterizedTest
    @MethodSource("factories")
    void everyPrefixOfAWrittenTextGivesTheMappersTreeOrItsError(String factory) {
        String text = "{\"a\": [1, -2.5e3, \"x\\u0041\", null, true, false, {\"b\": {}}], \"c\": 12345678901234}";
        for (int end = 0; end <= text.length(); end++) {
            assertLikeTheMapper(factory, text.substring(0, end));
        }
    }

    @ParameterizedTest
    @MethodSource("factories")
    void generatedDocumentsGiveTheMappersTreeOrItsError(String factory) {
        Random random = new Random(factory.hashCode());
        for (int i = 0; i < 1500; i++) {
            StringBuilder json = new StringBuilder();
            value(random, json, 0);
            String text = json.toString();
            assertLikeTheMapper(factory, text);
            // A cut or a changed character: most of these are errors, at every kind of place.
            assertLikeTheMapper(factory, text.substring(0, random.nextInt(text.length() + 1)));
            char[] changed = text.toCharArray();
            changed[random.nextInt(changed.length)] = "{}[],:\"x1 ".charAt(random.nextInt(10));
            assertLikeTheMapper(factory, new String(changed));
        }
    }

    @Test
    void theProjectsJsonFilesGiveTheMappersTree() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../sample-payloads"), Path.of("src/main/resources"), Path.of("src/test"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".json")
                                || f.toString().endsWith(".har")
                                || f.getParent().getFileName().toString().equals("parsesAnyBytes"))
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() > 30, "only " + files.size() + " JSON files found");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String factory : FACTORIES.keySet()) {
                assertLikeTheMapper(factory + ", " + file, FACTORIES.get(factory), text);
            }
        }
    }

    @Test
    void aValueInsideADocumentIsReadFromItsFirstTokenToItsLastLikeReadValueAsTree() throws IOException {
        String text = "{\"dev\": {\"host\": \"a\", \"n\": [1, {\"m\": 2}]}, \"prod\": 3, \"test\": [4], \"e\": {}}";
        JsonFactory factory = new JsonFactory();
        try (JsonParser ours = factory.createParser(text);
                JsonParser theirs = factory.createParser(text)) {
            theirs.setCodec(new ObjectMapper(factory));
            assertEquals(JsonToken.START_OBJECT, ours.nextToken());
            theirs.nextToken();
            int values = 0;
            while (ours.nextToken() == JsonToken.FIELD_NAME) {
                assertEquals(JsonToken.FIELD_NAME, theirs.nextToken());
                ours.nextToken();
                theirs.nextToken();
                assertSameTree(theirs.readValueAsTree(), JsonTrees.read(ours), ours.currentName());
                assertEquals(theirs.currentToken(), ours.currentToken());
                assertEquals(
                        theirs.currentLocation().getCharOffset(),
                        ours.currentLocation().getCharOffset());
                values++;
            }
            assertEquals(4, values);
            assertEquals(JsonToken.END_OBJECT, ours.currentToken());
        }
    }

    @Test
    void theEndOfTheInputIsNoTreeAndAFieldNameIsNoStart() throws IOException {
        try (JsonParser parser = new JsonFactory().createParser("  ")) {
            assertNull(JsonTrees.read(parser));
        }
        try (JsonParser parser = new JsonFactory().createParser("{\"a\": 1}")) {
            parser.nextToken();
            parser.nextToken();
            assertThrows(IllegalArgumentException.class, () -> JsonTrees.read(parser));
        }
        assertTrue(JsonTrees.read(new JsonFactory(), "").isMissingNode());
    }

    @Test
    void deepNestingWithinTheFactorysBoundNeedsNoDeepStack() throws Exception {
        int depth = 900;
        String text = "[".repeat(depth) + "]".repeat(depth);
        Thread small = new Thread(
                null,
                () -> {
                    try {
                        JsonNode tree = JsonTrees.read(new JsonFactory(), text);
                        for (int i = 1; i < depth; i++) {
                            tree = tree.get(0);
                        }
                        assertTrue(tree.isArray() && tree.isEmpty());
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "small stack",
                64 * 1024);
        Throwable[] thrown = new Throwable[1];
        small.setUncaughtExceptionHandler((t, e) -> thrown[0] = e);
        small.start();
        small.join();
        assertNull(thrown[0], () -> "failed on a 64 KB stack: " + thrown[0]);
    }

    private static void assertLikeTheMapper(String factory, String text) {
        assertLikeTheMapper(factory, FACTORIES.get(factory), text);
    }

    private static void assertLikeTheMapper(String label, JsonFactory factory, String text) {
        JsonNode expected = null;
        Exception expectedError = null;
        try {
            expected = new ObjectMapper(factory).readTree(text);
        } catch (JsonProcessingException e) {
            expectedError = e;
        }
        JsonNode actual = null;
        Exception actualError = null;
        try {
            actual = JsonTrees.read(factory, text);
        } catch (JsonProcessingException e) {
            actualError = e;
        }
        String where = label + ", text '" + text + "'";
        if (expectedError != null) {
            if (actualError == null) {
                fail(where + ": the mapper threw " + expectedError + " but the tree was " + actual);
            }
            assertEquals(expectedError.getClass(), actualError.getClass(), where);
            assertEquals(expectedError.getMessage(), actualError.getMessage(), where);
        } else {
            if (actualError != null) {
                fail(where + ": the mapper read " + expected + " but this threw " + actualError);
            }
            assertSameTree(expected, actual, where + " $");
        }
    }

    /** Equal and of the same node classes throughout, with every object's fields in the same order. */
    private static void assertSameTree(JsonNode expected, JsonNode actual, String path) {
        assertEquals(expected.getClass(), actual.getClass(), path);
        assertEquals(expected, actual, path);
        if (expected.isObject()) {
            Iterator<String> names = actual.fieldNames();
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                assertEquals(name, names.next(), path);
                assertSameTree(expected.get(name), actual.get(name), path + "." + name);
            }
            assertFalse(names.hasNext(), path);
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        }
    }

    private static final String[] NAMES = {"a", "b", "resourceType", "x", "caf\\u00e9"};
    private static final String[] NUMBERS = {
        "0",
        "-0",
        "7",
        "-12",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775807",
        "9223372036854775808",
        "99999999999999999999999",
        "1.5",
        "-0.0",
        "1e10",
        "1E-5",
        "2.5e+3",
        "1e400",
        "0.1"
    };

    private static void value(Random random, StringBuilder json, int depth) {
        int kind = random.nextInt(depth > 5 ? 5 : 8);
        switch (kind) {
            case 0 -> json.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 1 ->
                json.append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"');
            case 2 -> json.append(random.nextBoolean() ? "true" : "false");
            case 3 -> json.append("null");
            case 4 -> json.append("\"\\\"\\n").append(random.nextInt(100)).append('"');
            case 5, 6 -> {
                json.append('{');
                int fields = random.nextInt(4);
                for (int i = 0; i < fields; i++) {
                    json.append(i == 0 ? "" : ", ").append('"').append(NAMES[random.nextInt(NAMES.length)]);
                    json.append("\": ");
                    value(random, json, depth + 1);
                }
                json.append('}');
            }
            default -> {
                json.append('[');
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    json.append(i == 0 ? "" : ",");
                    value(random, json, depth + 1);
                }
                json.append(']');
            }
        }
    }
}
