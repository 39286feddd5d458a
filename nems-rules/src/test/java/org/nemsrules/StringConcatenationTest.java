package org.nemsrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.NemsValidator;

/**
 * The library is compiled with {@code -XDstringConcat=inline} (the root pom says why): no class of it concatenates
 * strings through {@code StringConcatFactory}, whose call sites spin classes on their first run in a JVM without
 * the project's class data sharing archive.
 */
class StringConcatenationTest {
    @Test
    void noLibraryClassBootstrapsStringConcatenation() throws IOException, URISyntaxException {
        Path classes = Path.of(NemsValidator.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertTrue(Files.isDirectory(classes), "the library's classes, not a jar: " + classes);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(classes)) {
            all = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertTrue(all.size() > 300, "only " + all.size() + " classes under " + classes);
        List<Path> bootstrapping = all.stream()
                .filter(StringConcatenationTest::namesStringConcatFactory)
                .toList();
        assertEquals(List.of(), bootstrapping);
    }

    private static boolean namesStringConcatFactory(Path classFile) {
        try {
            // The class's constant pool holds the bootstrap method's owner as a UTF-8 entry.
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("java/lang/invoke/StringConcatFactory");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
