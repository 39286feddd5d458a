package org.nemsrules.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;
import org.nemsrules.model.JsonTrees;
import org.nemsrules.model.JsonValueWords;
import org.nemsrules.report.PrintableText;

/**
 * One IDE environment file as read: the environments it defines (name → variable → value) and what was wrong with it.
 * A file that cannot be read or parsed defines nothing and has one problem; a file with a bad environment keeps its
 * good ones. Values that are not strings become their JSON text ({@code 12345}, {@code true}); an object defines its
 * members under dotted names too ({@code {"auth": {"user": "x"}}} defines {@code auth.user}), as IntelliJ's nested
 * variables read them. A {@code null} defines nothing.
 *
 * @param path         the file
 * @param kind         which IDE's file it is
 * @param environments the environments, in file order, {@code $shared} included
 * @param lines        the line of each environment's name, for messages
 * @param problems     what could not be used, in file order
 */
record EnvironmentFile(
        Path path,
        Kind kind,
        Map<String, Map<String, String>> environments,
        Map<String, Integer> lines,
        List<EnvironmentFileProblem> problems) {

    /**
     * An environment file is a few kilobytes; a megabyte is far beyond any real one and small enough that a hostile
     * one costs nothing.
     */
    static final long MAX_BYTES = 1024 * 1024;
    /** Real environment files nest two or three levels; the bound keeps a hostile one from exhausting the stack. */
    static final int MAX_DEPTH = 32;
    /** What a parser's message may add to a finding, on one line. */
    private static final int MAX_REASON = 160;

    private static final String VS_CODE_KEY = "rest-client.environmentVariables";
    /** VS Code's reference to a {@code $shared} variable inside another environment's value. */
    private static final Pattern SHARED_REFERENCE = Pattern.compile("\\{\\{\\s*\\$shared\\s+([^{}\\s]+)\\s*}}");

    /** The IDE files an environment may come from. */
    enum Kind {
        /** IntelliJ's public file, meant to be committed. */
        INTELLIJ_PUBLIC("http-client.env.json", false),
        /** IntelliJ's private file, kept out of version control: its values are secrets. */
        INTELLIJ_PRIVATE("http-client.private.env.json", true),
        /** VS Code's workspace settings, which hold REST Client's environments (JSON with comments). */
        VS_CODE_SETTINGS(".vscode/settings.json", false);

        private final String fileName;
        private final boolean secret;

        Kind(String fileName, boolean secret) {
            this.fileName = fileName;
            this.secret = secret;
        }

        String fileName() {
            return fileName;
        }

        boolean secret() {
            return secret;
        }
    }

    EnvironmentFile {
        environments = Map.copyOf(environments);
        lines = Map.copyOf(lines);
        problems = List.copyOf(problems);
    }

    private static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /*
     * VS Code reads settings.json as JSON with comments and trailing commas, and a repeated key there is VS Code's
     * business (the last one wins), not an error in the environments.
     */
    private static final JsonFactory JSONC = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Whether this file defines the environment (not counting {@code $shared}). */
    boolean defines(String environment) {
        return !environment.equals(IdeEnvironmentFiles.SHARED) && environments.containsKey(environment);
    }

    /** The names of the environments it defines, {@code $shared} left out. */
    List<String> names() {
        return environments.keySet().stream()
                .filter(n -> !n.equals(IdeEnvironmentFiles.SHARED))
                .sorted()
                .toList();
    }

    /** Reads the file; never throws for what it holds or for failing to read it. */
    static EnvironmentFile read(Path file, Kind kind) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileKind fileKind = FileKind.of(file, attributes);
            if (fileKind != FileKind.REGULAR) {
                return failed(file, kind, 0, null, "it is " + fileKind.words() + ", not a file, so it was not read");
            }
            if (attributes.size() > MAX_BYTES) {
                return failed(
                        file, kind, 0, null, tooLarge(String.format(Locale.ROOT, "%,d bytes", attributes.size())));
            }
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                bytes = BoundedBytes.read(in, attributes.size(), MAX_BYTES);
            }
        } catch (IOException | SecurityException e) {
            return failed(file, kind, 0, null, "it could not be read: " + ReadFailure.inWords(e));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(
                    file,
                    kind,
                    0,
                    null,
                    tooLarge(String.format(Locale.ROOT, "more than %,d bytes (it grew while it was read)", MAX_BYTES)));
        }
        return parse(file, kind, bytes);
    }

    private static String tooLarge(String size) {
        return String.format(
                Locale.ROOT,
                "it is %s, above the limit of %,d bytes for an environment file, so it was " + "not read",
                size,
                MAX_BYTES);
    }

    /** Parses bytes already read, as the file {@code file} of this kind. */
    static EnvironmentFile parse(Path file, Kind kind, byte[] bytes) {
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<EnvironmentFileProblem> problems = new ArrayList<>();
        JsonFactory factory = kind == Kind.VS_CODE_SETTINGS ? JSONC : STRICT;
        try (JsonParser json = factory.createParser(bytes)) {
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return failed(
                        file,
                        kind,
                        line(json),
                        null,
                        kind == Kind.VS_CODE_SETTINGS
                                ? "it is not a JSON object of settings"
                                : "it is not a JSON object of environments, such as {\"dev\": {\"host\": \"…\"}}");
            }
            if (kind == Kind.VS_CODE_SETTINGS) {
                readSettings(json, file, environments, lines, problems);
            } else {
                readEnvironments(json, file, environments, lines, problems);
            }
            if (json.nextToken() != null) {
                problems.add(new EnvironmentFileProblem(
                        file,
                        line(json),
                        null,
                        "there is more after the JSON object; an environment file holds one object"));
            }
        } catch (StreamConstraintsException e) {
            return failed(
                    file,
                    kind,
                    0,
                    null,
                    "it nests objects or arrays deeper than " + MAX_DEPTH + " levels, so it was not read");
        } catch (JsonProcessingException e) {
            return notJson(file, kind, e);
        } catch (IOException e) {
            return failed(file, kind, 0, null, "it could not be read: " + ReadFailure.inWords(e));
        }
        if (kind == Kind.VS_CODE_SETTINGS) {
            resolveSharedReferences(file, environments, lines, problems);
        }
        return new EnvironmentFile(file, kind, environments, lines, problems);
    }

    private static void readSettings(
            JsonParser json,
            Path file,
            Map<String, Map<String, String>> environments,
            Map<String, Integer> lines,
            List<EnvironmentFileProblem> problems)
            throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (!VS_CODE_KEY.equals(name)) {
                json.skipChildren();
                continue;
            }
            if (value != JsonToken.START_OBJECT) {
                problems.add(new EnvironmentFileProblem(
                        file,
                        line(json),
                        null,
                        "\"" + VS_CODE_KEY + "\" is "
                                + JsonValueWords.of(value, "missing")
                                + ", not an object of environments such as {\"dev\": {\"host\": \"…\"}}"));
                json.skipChildren();
                continue;
            }
            // A repeated key: VS Code takes the last.
            environments.clear();
            lines.clear();
            readEnvironments(json, file, environments, lines, problems);
        }
    }

    /** Reads {@code {"env": {"name": value, …}, …}} from just after its opening brace to its closing one. */
    private static void readEnvironments(
            JsonParser json,
            Path file,
            Map<String, Map<String, String>> environments,
            Map<String, Integer> lines,
            List<EnvironmentFileProblem> problems)
            throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String environment = json.currentName();
            int line = line(json);
            JsonToken value = json.nextToken();
            if (environment.equals("$schema")) {
                // An editor's schema reference, not an environment.
                json.skipChildren();
                continue;
            }
            if (value != JsonToken.START_OBJECT) {
                problems.add(new EnvironmentFileProblem(
                        file,
                        line,
                        null,
                        "environment " + quoted(environment) + " is "
                                + JsonValueWords.of(value, "missing")
                                + ", not an object of variables such as {\"host\": \"…\"}"));
                json.skipChildren();
                continue;
            }
            JsonNode variables = Objects.requireNonNull(JsonTrees.read(json), "an object was started");
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", variables, flat);
            environments.put(environment, flat);
            lines.put(environment, line);
        }
    }

    private static void flatten(String prefix, JsonNode object, Map<String, String> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            into.put(name, value.isTextual() ? value.textValue() : value.toString());
            if (value.isObject()) {
                flatten(name + ".", value, into);
            }
        }
    }

    /**
     * VS Code lets an environment's value name a {@code $shared} variable ({@code "{{$shared prodToken}}"}); the
     * reference is replaced here, once, by the value {@code $shared} gives it. A reference to a variable {@code $shared}
     * does not define is a problem, and leaves that variable out.
     */
    private static void resolveSharedReferences(
            Path file,
            Map<String, Map<String, String>> environments,
            Map<String, Integer> lines,
            List<EnvironmentFileProblem> problems) {
        Map<String, String> shared = environments.getOrDefault(IdeEnvironmentFiles.SHARED, Map.of());
        for (Map.Entry<String, Map<String, String>> environment : environments.entrySet()) {
            Map<String, String> resolved = new LinkedHashMap<>();
            for (Map.Entry<String, String> variable : environment.getValue().entrySet()) {
                Matcher reference = SHARED_REFERENCE.matcher(variable.getValue());
                StringBuilder value = new StringBuilder();
                String missing = null;
                while (reference.find()) {
                    String target = shared.get(reference.group(1));
                    if (target == null || environment.getKey().equals(IdeEnvironmentFiles.SHARED)) {
                        missing = reference.group(1);
                        break;
                    }
                    reference.appendReplacement(value, Matcher.quoteReplacement(target));
                }
                if (missing != null) {
                    problems.add(new EnvironmentFileProblem(
                            file,
                            lines.getOrDefault(environment.getKey(), 0),
                            null,
                            "environment " + quoted(environment.getKey()) + ": variable "
                                    + quoted(variable.getKey()) + " refers to {{$shared " + printable(missing)
                                    + "}}, which "
                                    + (environment.getKey().equals(IdeEnvironmentFiles.SHARED)
                                            ? "$shared cannot refer to in itself"
                                            : "the $shared environment does not define")
                                    + "; the variable is left undefined"));
                    continue;
                }
                reference.appendTail(value);
                resolved.put(variable.getKey(), value.toString());
            }
            environment.setValue(resolved);
        }
    }

    /**
     * Not valid JSON: said with the parser's line and column. The parser's own words quote what it met, so they are
     * left out for a private file, whose every character may be a secret.
     */
    private static EnvironmentFile notJson(Path file, Kind kind, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        String reason = kind.secret() ? "" : ": " + oneLine(e.getOriginalMessage());
        return failed(
                file,
                kind,
                line,
                column,
                "it is not valid JSON"
                        + (kind == Kind.VS_CODE_SETTINGS ? " (comments and trailing commas are allowed)" : "") + reason
                        + (kind.secret() ? " (what the parser met is not quoted: the file holds private values)" : ""));
    }

    private static String oneLine(String message) {
        String text =
                message == null ? "the parser gave no reason" : message.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    private static EnvironmentFile failed(Path file, Kind kind, int line, Integer column, String message) {
        return new EnvironmentFile(
                file, kind, Map.of(), Map.of(), List.of(new EnvironmentFileProblem(file, line, column, message)));
    }

    /**
     * A name from the file as a message quotes it: on one line, control characters as escapes, and no longer than a
     * message quotes any value (a name is whatever the file holds).
     */
    static String quoted(String name) {
        return "'" + printable(name) + "'";
    }

    private static String printable(String name) {
        return Echo.of(PrintableText.escape(name));
    }

    private static int line(JsonParser json) {
        JsonLocation at = json.currentTokenLocation();
        return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    }
}
