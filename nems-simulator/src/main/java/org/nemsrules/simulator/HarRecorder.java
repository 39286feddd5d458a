package org.nemsrules.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.report.AtomicFile;
import org.nemsrules.report.ToolInfo;

/**
 * Writes each exchange as a HAR 1.2 file of one entry, request and response together, ready for
 * {@code nems-check} and {@code nems:check}. The request is written as it was sent: every header field in order,
 * the body's bytes as text when they are UTF-8, else in base64 ({@code postData.encoding}, which the HAR reader
 * decodes). Nothing is redacted: the recordings are the supplier's own test traffic.
 *
 * <p>Names are deterministic, {@code 000001-create-201.har}: the simulator's sequence number, the interaction and
 * the status. Each file is written whole or not at all (written aside, then moved into place).
 */
final class HarRecorder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;

    HarRecorder(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the recording directory " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    static String fileName(long sequence, InteractionKind kind, int status) {
        String interaction =
                kind == InteractionKind.UNSUPPORTED ? "other" : kind.name().toLowerCase(Locale.ROOT);
        return String.format(Locale.ROOT, "%06d-%s-%d.har", sequence, interaction, status);
    }

    Path record(
            long sequence,
            Instant received,
            InteractionKind kind,
            SimulatedRequest request,
            SimulatedResponse response) {
        Path file = directory.resolve(fileName(sequence, kind, response.status()));
        try {
            AtomicFile.write(file, out -> write(out, received, request, response));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + file, e);
        }
        return file;
    }

    /** The HAR text of one exchange, as {@link #record} writes it to a file. */
    static String text(Instant received, SimulatedRequest request, SimulatedResponse response) {
        StringWriter out = new StringWriter();
        try {
            write(out, received, request, response);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(Writer out, Instant received, SimulatedRequest request, SimulatedResponse response)
            throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            write(json, received, request, response);
        }
        out.write("\n");
    }

    private static void write(
            JsonGenerator json, Instant received, SimulatedRequest request, SimulatedResponse response)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("log");
        json.writeStringField("version", "1.2");
        json.writeObjectFieldStart("creator");
        json.writeStringField("name", "nems-check simulator");
        json.writeStringField("version", ToolInfo.current().version());
        json.writeEndObject();
        json.writeArrayFieldStart("entries");
        json.writeStartObject();
        json.writeStringField("startedDateTime", received.toString());
        json.writeNumberField("time", 0);

        json.writeObjectFieldStart("request");
        json.writeStringField("method", request.method());
        json.writeStringField("url", request.uri().toString());
        json.writeStringField("httpVersion", "HTTP/1.1");
        json.writeArrayFieldStart("cookies");
        json.writeEndArray();
        headers(json, request.headers());
        json.writeArrayFieldStart("queryString");
        json.writeEndArray();
        byte[] body = request.body();
        if (body.length > 0) {
            json.writeObjectFieldStart("postData");
            json.writeStringField("mimeType", request.header("Content-Type").orElse(""));
            text(json, body);
            json.writeEndObject();
        }
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", body.length);
        json.writeEndObject();

        json.writeObjectFieldStart("response");
        json.writeNumberField("status", response.status());
        json.writeStringField("statusText", response.reason());
        json.writeStringField("httpVersion", "HTTP/1.1");
        json.writeArrayFieldStart("cookies");
        json.writeEndArray();
        headers(json, response.headers());
        byte[] answer = response.body();
        json.writeObjectFieldStart("content");
        json.writeNumberField("size", answer.length);
        json.writeStringField("mimeType", response.header("Content-Type").orElse(""));
        if (answer.length > 0) {
            text(json, answer);
        }
        json.writeEndObject();
        json.writeStringField("redirectURL", "");
        json.writeNumberField("headersSize", -1);
        json.writeNumberField("bodySize", answer.length);
        json.writeEndObject();

        json.writeObjectFieldStart("cache");
        json.writeEndObject();
        json.writeObjectFieldStart("timings");
        json.writeNumberField("send", 0);
        json.writeNumberField("wait", 0);
        json.writeNumberField("receive", 0);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void headers(JsonGenerator json, List<HeaderField> headers) throws IOException {
        json.writeArrayFieldStart("headers");
        for (HeaderField header : headers) {
            json.writeStartObject();
            json.writeStringField("name", header.name());
            json.writeStringField("value", header.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The bytes as text when they are UTF-8; else base64, so that the recording holds exactly the bytes sent. */
    private static void text(JsonGenerator json, byte[] bytes) throws IOException {
        Optional<String> utf8 = utf8(bytes);
        if (utf8.isPresent()) {
            json.writeStringField("text", utf8.get());
        } else {
            json.writeStringField("text", Base64.getEncoder().encodeToString(bytes));
            json.writeStringField("encoding", "base64");
        }
    }

    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
