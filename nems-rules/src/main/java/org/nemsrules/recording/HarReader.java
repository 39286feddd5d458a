package org.nemsrules.recording;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.JsonTrees;
import org.nemsrules.model.Origin;
import org.nemsrules.model.RecordedResponse;

/**
 * Reads HAR 1.2 archives as browsers, proxies and HTTP clients export them: each entry's
 * {@code request} becomes an interaction. Lines point at the entry's request object, each header
 * object and the body text, which is where a pretty-printed HAR shows them.
 *
 * <p>HAR 1.2 records the body's media type twice: in the {@code Content-Type} header and in
 * {@code postData.mimeType}, which exporters derive from that header. Some exporters leave the headers
 * out; then {@code postData.mimeType} is the only record of what was sent, and it stands in for the
 * header (at its own line) so that the media-type rules judge what the request declared rather than
 * report a header as missing.
 *
 * <p>A body whose {@code postData.encoding} is {@code base64} (not in HAR 1.2, which gives {@code encoding} only to a
 * response's content, but written by some proxies) is decoded strictly, and held to the size bound of one recording
 * (see {@link Base64Body}). A body that cannot be decoded, or is in an encoding the reader does not know, is a
 * problem at the line of {@code postData.text}, and that entry's request is not checked: judging the undecoded text
 * would report a body that was never sent.
 *
 * <p>Each entry's {@code response} is read beside its request ({@link Interaction#response()}), for the
 * {@code response.*} rules: its status, headers and {@code content.text}. A status of 0 or less is how exporters
 * write "no response" (a request blocked, aborted or still pending): then the request has none. A response whose
 * {@code content} gives no {@code text} (a browser that kept the size only) is recorded without a body
 * ({@link RecordedResponse#bodyRecorded()}); one whose text cannot be decoded is a problem of the recording at that
 * text's line, and its request is checked without it.
 */
public final class HarReader {
    /** Jackson's messages quote the token it stumbled on: as much of it as a message quotes of any value. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Echo.MAX_CHARACTERS)
                    .maxRawContentLength(Echo.MAX_CHARACTERS)
                    .build())
            .build();

    private static final String BASE64 = "base64";
    private static final Pattern LOCATED =
            Pattern.compile("/log/entries/\\d+/(request(/headers/\\d+|/postData/text|/postData/mimeType|/url|/method)?"
                    + "|response(/headers/\\d+|/content/text|/content/mimeType|/status)?)");

    private final long maxBodyBytes;

    /** A reader that holds a decoded body to {@link RecordingReader#DEFAULT_MAX_BYTES}. */
    public HarReader() {
        this(RecordingReader.DEFAULT_MAX_BYTES);
    }

    /** A reader that holds a body decoded from base64 to {@code maxBodyBytes}, the bound of one recording. */
    public HarReader(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Recording read(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            return Recording.unreadable(file, decoded.problem());
        }
        String text = decoded.text();
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = lineOfEachPart(text);
            root = JsonTrees.read(JSON, text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Recording.unreadable(
                    file,
                    new ReadProblem(
                            ReadProblem.MALFORMED_HAR,
                            at == null ? 0 : Math.max(at.getLineNr(), 0),
                            at == null || at.getColumnNr() < 1 ? null : at.getColumnNr(),
                            "the HAR file is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Recording.unreadable(
                    file,
                    new ReadProblem(
                            ReadProblem.MALFORMED_HAR, 0, null, "the HAR file could not be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return structure(file, 1, "the HAR file is not a JSON object; expected {\"log\": {\"entries\": [...]}}");
        }
        JsonNode entries = root.path("log").path("entries");
        if (!entries.isArray()) {
            return structure(
                    file,
                    1,
                    "the HAR file has no log.entries array; expected {\"log\": {\"entries\": [...]}}" + " (HAR 1.2)");
        }
        List<Interaction> interactions = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String base = "/log/entries/" + i + "/request";
            JsonNode request = entries.get(i).path("request");
            int line = lines.getOrDefault(base, 0);
            String method = request.path("method").asText("");
            String url = request.path("url").asText("");
            if (!request.isObject() || method.isEmpty() || url.isEmpty()) {
                problems.add(new ReadProblem(
                        ReadProblem.MALFORMED_HAR,
                        line,
                        null,
                        "log.entries[" + i + "] has no request with a method and a url (HAR 1.2 requires both)"));
                continue;
            }
            BodyText read = body(request.path("postData"), "log.entries[" + i + "].request", base, lines);
            if (read.problem() != null) {
                problems.add(read.problem());
                continue;
            }
            Body body = read.body();
            Optional<RecordedResponse> response =
                    response(entries.get(i).path("response"), "log.entries[" + i + "].response", i, lines, problems);
            interactions.add(new Interaction(
                    file,
                    interactions.size(),
                    Origin.HAR,
                    method,
                    url,
                    line,
                    withRecordedMimeType(
                            headers(request.path("headers"), base, lines),
                            body,
                            request.path("postData"),
                            lines.getOrDefault(base + "/postData/mimeType", 0)),
                    body,
                    List.of(),
                    response));
        }
        return new Recording(file, interactions, problems);
    }

    /** The entry's response, when it records one that was received. */
    private Optional<RecordedResponse> response(
            JsonNode response, String where, int entry, Map<String, Integer> lines, List<ReadProblem> problems) {
        JsonNode status = response.path("status");
        if (!response.isObject() || !status.canConvertToInt() || status.asInt() <= 0 || status.asInt() > 999) {
            return Optional.empty();
        }
        String base = "/log/entries/" + entry + "/response";
        JsonNode content = response.path("content");
        Headers headers = withRecordedMimeType(
                headers(response.path("headers"), base, lines),
                content.path("text").isTextual()
                                && !content.path("text").asText().isEmpty()
                        ? Body.of(content.path("text").asText(), 0)
                        : Body.empty(),
                content,
                lines.getOrDefault(base + "/content/mimeType", 0));
        int line = lines.getOrDefault(base, 0);
        String reason = response.path("statusText").asText("");
        if (!content.path("text").isTextual()) {
            return Optional.of(new RecordedResponse(status.asInt(), reason, line, headers, Body.empty(), false));
        }
        BodyText read = responseBody(content, where + ".content", lines.getOrDefault(base + "/content/text", 0));
        if (read.problem() != null) {
            problems.add(read.problem());
            return Optional.empty();
        }
        return Optional.of(new RecordedResponse(status.asInt(), reason, line, headers, read.body(), true));
    }

    private static Recording structure(String file, int line, String message) {
        return Recording.unreadable(file, new ReadProblem(ReadProblem.MALFORMED_HAR, line, null, message));
    }

    private static Headers headers(JsonNode array, String base, Map<String, Integer> lines) {
        List<Header> headers = new ArrayList<>();
        // Only an array holds header objects: an object's size() counts its fields, and get(j) on it is null.
        if (!array.isArray()) {
            return Headers.none();
        }
        for (int j = 0; j < array.size(); j++) {
            JsonNode h = array.get(j);
            String name = h.path("name").asText("");
            // HTTP/2 pseudo-headers (:method, :path…) restate the request line; they are not header fields.
            if (name.isEmpty() || name.startsWith(":")) {
                continue;
            }
            headers.add(new Header(name, h.path("value").asText(""), lines.getOrDefault(base + "/headers/" + j, 0)));
        }
        return Headers.of(headers);
    }

    private static Headers withRecordedMimeType(Headers headers, Body body, JsonNode postData, int line) {
        JsonNode mimeType = postData.path("mimeType");
        if (body.isEmpty()
                || headers.first("Content-Type").isPresent()
                || !mimeType.isTextual()
                || mimeType.asText().isBlank()) {
            return headers;
        }
        List<Header> fields = new ArrayList<>(headers.all());
        fields.add(new Header("Content-Type", mimeType.asText(), line));
        return Headers.of(fields);
    }

    /** The body of a request, or the problem that keeps it from being read; exactly one is set. */
    private record BodyText(Body body, ReadProblem problem) {}

    private BodyText body(JsonNode postData, String where, String base, Map<String, Integer> lines) {
        JsonNode text = postData.path("text");
        if (!text.isTextual() || text.asText().isEmpty()) {
            return new BodyText(Body.empty(), null);
        }
        int line = lines.getOrDefault(base + "/postData/text", 0);
        JsonNode encoding = postData.path("encoding");
        if (!encoding.isTextual() || encoding.asText().isEmpty()) {
            return new BodyText(Body.of(text.asText(), line), null);
        }
        if (!encoding.asText().equalsIgnoreCase(BASE64)) {
            return new BodyText(
                    null,
                    new ReadProblem(
                            ReadProblem.MALFORMED_HAR,
                            line,
                            null,
                            where + ".postData.encoding is '"
                                    + abbreviate(encoding.asText())
                                    + "'; the reader knows only 'base64' (the one encoding HAR 1.2 "
                                    + "names), so the body cannot be read and the request of " + where
                                    + " was not checked"));
        }
        Base64Body.Result decoded = Base64Body.decode(text.asText(), where, line, maxBodyBytes);
        return decoded.problem() != null
                ? new BodyText(null, decoded.problem())
                : new BodyText(Body.of(decoded.bytes(), line), null);
    }

    /**
     * A response's {@code content.text}, decoded when its {@code encoding} is base64 (as HAR 1.2 allows for a
     * response's content), and held to the bound of one recording.
     */
    private BodyText responseBody(JsonNode content, String where, int line) {
        String text = content.path("text").asText("");
        JsonNode encoding = content.path("encoding");
        if (text.isEmpty() || !encoding.isTextual() || encoding.asText().isEmpty()) {
            return new BodyText(Body.of(text, line), null);
        }
        String problem;
        if (encoding.asText().equalsIgnoreCase(BASE64)) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(text);
                if (bytes.length <= maxBodyBytes) {
                    return new BodyText(Body.of(bytes, line), null);
                }
                problem = String.format(
                        "%s.text decodes to %,d bytes, above the limit of %,d bytes of one recording",
                        where, bytes.length, maxBodyBytes);
            } catch (IllegalArgumentException e) {
                problem = where + ".text is declared base64, but is not: " + e.getMessage();
            }
        } else {
            problem = where + ".encoding is '" + abbreviate(encoding.asText())
                    + "'; the reader knows only 'base64' (the one encoding HAR 1.2 names)";
        }
        return new BodyText(
                null,
                new ReadProblem(
                        ReadProblem.MALFORMED_HAR,
                        line,
                        null,
                        problem + ", so the response cannot be read; its request is checked without it"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** The line on which each part of interest starts, keyed by JSON pointer. */
    private static Map<String, Integer> lineOfEachPart(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (LOCATED.matcher(pointer).matches()) {
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }
}
