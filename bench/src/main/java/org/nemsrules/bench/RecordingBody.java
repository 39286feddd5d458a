package org.nemsrules.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of a one-request {@code .http} recording, taken the way a hand-rolled script would: everything after
 * the first blank line, XML when it starts with {@code <}.
 *
 * @param text the body
 * @param xml  whether it is XML (else JSON)
 */
public record RecordingBody(String text, boolean xml) {
    /** Reads the body of the recording at {@code file}. */
    public static RecordingBody of(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The body of the recording whose whole text is {@code recording}. */
    public static RecordingBody of(String recording) {
        String http = recording.replace("\r\n", "\n");
        int blank = http.indexOf("\n\n");
        String body = blank < 0 ? "" : http.substring(blank + 2);
        return new RecordingBody(body, body.stripLeading().startsWith("<"));
    }
}
