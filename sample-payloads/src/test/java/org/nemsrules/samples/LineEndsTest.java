package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.FileResult;

/**
 * A recording means the same whichever line ends its editor wrote: every sample, rewritten with CR alone (classic
 * Mac OS), with CR LF (Windows) and with the three mixed, gives the same findings on the same lines and columns as
 * the sample as committed, from every reader (.http, HAR, bare XML and JSON).
 */
class LineEndsTest {
    private static final NemsValidator ORIGINAL = Corpus.everyRule().threads(1).build();

    @TempDir
    static Path rewritten;

    @TestFactory
    Stream<DynamicTest> everySampleGivesTheSameFindingsWhateverItsLineEnds() {
        return Stream.of(LineEnd.values()).flatMap(end -> {
            NemsValidator validator = Corpus.everyRule()
                    .baseDirectory(rewritten.resolve(end.name()))
                    .threads(1)
                    .build();
            return Corpus.recordings().stream().map(sample -> {
                String shown = Corpus.SAMPLES.relativize(sample).toString().replace('\\', '/');
                return DynamicTest.dynamicTest(end + " " + shown, sample.toUri(), () -> {
                    Path copy = rewritten.resolve(end.name()).resolve(Corpus.SAMPLES.relativize(sample));
                    Files.createDirectories(copy.getParent());
                    byte[] original = Files.readAllBytes(sample);
                    Files.write(copy, end.rewrite(original));
                    copyEnvironmentFiles(sample.getParent(), copy.getParent(), end);
                    FileResult expected = ORIGINAL.validateFile(sample);
                    FileResult actual = validator.validateFile(copy);
                    assertEquals(expected.interactions(), actual.interactions(), shown + " with " + end);
                    assertEquals(described(expected), described(actual), shown + " with " + end);
                });
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> theRewritingChangesLineEndsOnly() {
        return Stream.of(
                DynamicTest.dynamicTest(
                        "CR", () -> assertEquals("a\rb\r\rc", text(LineEnd.CR.rewrite(bytes("a\r\nb\n\rc"))))),
                DynamicTest.dynamicTest(
                        "CRLF", () -> assertEquals("a\r\nb\r\n\r\nc", text(LineEnd.CRLF.rewrite(bytes("a\rb\n\rc"))))),
                DynamicTest.dynamicTest("MIXED", () -> {
                    String mixed = text(LineEnd.MIXED.rewrite(bytes("a\nb\nc\nd\n")));
                    assertEquals("abcd", mixed.replaceAll("[\r\n]", ""));
                    assertTrue(
                            mixed.contains("\r\n")
                                    && mixed.replace("\r\n", "").contains("\r")
                                    && mixed.replace("\r\n", "").contains("\n"),
                            mixed);
                }),
                DynamicTest.dynamicTest(
                        "the corpus has multi-line samples",
                        () -> assertFalse(Corpus.recordings().stream()
                                .filter(f -> f.toString().endsWith(".http"))
                                .findAny()
                                .isEmpty())));
    }

    /** The IDE environment files beside a sample are part of what it means: rewritten with it. */
    private static void copyEnvironmentFiles(Path from, Path to, LineEnd end) throws IOException {
        for (String name : List.of("http-client.env.json", "http-client.private.env.json")) {
            if (Files.exists(from.resolve(name))) {
                Files.write(to.resolve(name), end.rewrite(Files.readAllBytes(from.resolve(name))));
            }
        }
    }

    private static List<String> described(FileResult result) {
        return result.findings().stream().map(LineEndsTest::describe).collect(Collectors.toList());
    }

    private static String describe(Finding f) {
        return f.ruleId() + " request " + f.location().interaction() + " line "
                + f.location().line() + " column " + f.location().column() + " "
                + f.location().path() + ": " + withoutSearchEnd(withoutLineEndBytes(f.message()));
    }

    /**
     * The message without where the search for IDE environment files ended: at the clone's root for a sample, at
     * the run's base directory for its copy in a temporary directory. That depends on where the file lives, not on
     * its line ends.
     */
    private static String withoutSearchEnd(String message) {
        return message.replaceAll("or a directory above it up to [^)]*\\)", "or a directory above it up to …)");
    }

    /**
     * The message without what rightly depends on the bytes of the line ends: a body's size in bytes (a body keeps
     * its line ends as recorded), the byte offset of an encoding error, and the code of a control character that
     * is itself the line end (a string broken across lines in a cut HAR file).
     */
    private static String withoutLineEndBytes(String message) {
        return message.replaceAll("a body of \\d+ bytes", "a body of N bytes")
                .replaceAll("at offset \\d+", "at offset N")
                .replaceAll("\\(CTRL-CHAR, code 1[03]\\)", "(CTRL-CHAR, code CR or LF)");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** How the line ends of a sample are rewritten: byte by byte, as an editor saving the file would. */
    enum LineEnd {
        CR,
        CRLF,
        MIXED;

        byte[] rewrite(byte[] in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 2);
            int n = 0;
            for (int i = 0; i < in.length; i++) {
                boolean crlf = in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n';
                if (in[i] != '\r' && in[i] != '\n') {
                    out.write(in[i]);
                    continue;
                }
                if (crlf) {
                    i++;
                }
                String end = switch (this) {
                    case CR -> "\r";
                    case CRLF -> "\r\n";
                    // Never a CR before an LF: the two would be one CR LF.
                    case MIXED -> List.of("\n", "\r", "\r\n").get(n++ % 3);
                };
                out.writeBytes(bytes(end));
            }
            return out.toByteArray();
        }
    }
}
