package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.RecordedResponse;

/**
 * Holds the table of {@code .http} syntax elements in docs/recordings.md to what the reader does: each row's example
 * is read, and must be read as its last column says, so the table cannot drift from the code.
 *
 * <p>The last column lists, separated by {@code ·}: {@code METHOD TARGET} (the first request), {@code requests N},
 * {@code header Name: value}, {@code body text}, {@code response CODE REASON} and {@code finding RULE line N} (the
 * findings of the example, all of them).
 */
class RecordingsTableTest {
    private static final Path PAGE =
            Path.of(System.getProperty("nems.docs", "../docs")).resolve("recordings.md");
    private static final HttpEnvironment DEV = new HttpEnvironment(
            "dev",
            Map.of("envHost", new HttpEnvironment.Variable("env.example.org", "http-client.env.json", false)),
            "http-client.env.json (environment 'dev')");

    @TempDir
    static Path directory;

    /** One row: the element it shows, its example as a file, and what the file must be read as. */
    record Row(String element, String example, List<String> readAs) {
        @Override
        public String toString() {
            return element;
        }
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int heading = lines.indexOf("## Syntax elements");
        assertTrue(heading >= 0, "docs/recordings.md has no '## Syntax elements' section");
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(heading, lines.size())) {
            if (line.startsWith("| element |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            assertEquals(5, cells.length, () -> "a row of the table does not have 5 cells: " + line);
            String example = cells[3].strip();
            assertTrue(
                    example.startsWith("<code>") && example.endsWith("</code>"),
                    () -> "example not in <code>: " + line);
            List<String> readAs = Stream.of(cells[4].split("\u00b7"))
                    .map(String::strip)
                    .map(item -> item.substring(1, item.length() - 1))
                    .toList();
            rows.add(new Row(cells[0].strip(), html(example.substring(6, example.length() - 7)), readAs));
        }
        return rows;
    }

    private static String html(String text) {
        return text.replace("<br>", "\n")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#124;", "|")
                .replace("&amp;", "&");
    }

    @Test
    void theTableHoldsEveryElementOfTheIssue() throws IOException {
        assertTrue(rows().size() >= 40, "rows: " + rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowsExampleIsReadAsTheTableSays(Row row) throws IOException {
        Files.writeString(
                directory.resolve("body.json"), "{\"resourceType\": \"Subscription\", \"reason\": \"{{reason}}\"}");
        Recording recording = new HttpFileReader(DEV, directory, RecordingReader.DEFAULT_MAX_BYTES)
                .read("example.http", row.example().getBytes(StandardCharsets.UTF_8));
        List<String> findings = recording.problems().stream()
                .map(p -> "finding " + p.ruleId() + " line " + p.line())
                .toList();
        List<String> expectedFindings = row.readAs().stream()
                .filter(item -> item.startsWith("finding "))
                .toList();
        assertEquals(expectedFindings, findings, () -> "findings of the example: " + recording.problems());
        for (String item : row.readAs()) {
            if (item.startsWith("finding ")) {
                continue;
            }
            assertTrue(!recording.interactions().isEmpty(), "the example holds no request it could read");
            Interaction first = recording.interactions().get(0);
            if (item.startsWith("requests ")) {
                assertEquals(
                        Integer.parseInt(item.substring(9)),
                        recording.interactions().size());
            } else if (item.startsWith("header ")) {
                int colon = item.indexOf(':');
                String name = item.substring(7, colon);
                assertEquals(
                        item.substring(colon + 1).strip(),
                        first.headers().first(name).map(Header::value).orElse("(no " + name + " header)"));
            } else if (item.startsWith("body ")) {
                assertEquals(item.substring(5), first.body().text());
            } else if (item.startsWith("response ")) {
                RecordedResponse response = first.response().orElseThrow();
                assertEquals(item.substring(9), response.statusCode() + " " + response.reason());
            } else {
                assertEquals(item, first.method() + " " + first.target());
            }
        }
    }
}
