package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordingSourceTest {

    @Test
    void aShownPathIsReadRelativeToTheBaseDirectory(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("recordings"));
        Files.writeString(
                base.resolve("recordings/a.http"), "GET /a HTTP/1.1\r\nAccept: */*\r\n", StandardCharsets.UTF_8);

        assertEquals(
                List.of("GET /a HTTP/1.1", "Accept: */*"),
                RecordingSource.under(base).lines("recordings/a.http"));
    }

    @Test
    void aPrivateEnvironmentFileIsNeverQuoted(@TempDir Path base) throws Exception {
        Files.writeString(base.resolve("http-client.private.env.json"), "{\"dev\": {\"token\": s3cr3t}}\n");
        Files.writeString(base.resolve("http-client.env.json"), "{\"dev\": {\"host\": }}\n");

        assertEquals(List.of(), RecordingSource.under(base).lines("http-client.private.env.json"));
        assertEquals(
                List.of("{\"dev\": {\"host\": }}"), RecordingSource.under(base).lines("http-client.env.json"));
    }

    @Test
    void anAbsoluteShownPathIsReadAsItIs(@TempDir Path base, @TempDir Path elsewhere) throws Exception {
        Path file = elsewhere.resolve("b.http");
        Files.writeString(file, "DELETE /b\n");

        assertEquals(List.of("DELETE /b"), RecordingSource.under(base).lines(file.toString()));
    }

    @Test
    void whatCannotBeReadHasNoLines(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("dir.http"));

        assertEquals(List.of(), RecordingSource.under(base).lines("missing.http"));
        assertEquals(List.of(), RecordingSource.under(base).lines("dir.http"));
        assertEquals(List.of(), RecordingSource.under(base).lines("bad\u0000name.http"));
        assertEquals(List.of(), RecordingSource.NONE.lines("anything.http"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a\\nb\\nc     | [a, b, c]",
                "a\\nb\\n      | [a, b]",
                "a\\r\\nb\\r\\n | [a, b]",
                "\\uFEFFa\\nb   | [a, b]",
                "a\\n\\nb      | [a, , b]",
                "a\\rb\\n      | [a, b]",
                "a\\rb\\r      | [a, b]",
                "a\\r\\rb      | [a, , b]",
                "a\\n\\rb      | [a, , b]",
                "a\\r\\r\\nb   | [a, , b]",
                "''            | []"
            })
    void linesEndAtCrLfAtLfAndAtCrAloneAsTheReadersCountThem(String text, String expected) {
        String unescaped = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
        assertEquals(expected, RecordingSource.split(unescaped).toString());
    }
}
