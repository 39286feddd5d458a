package org.nemsrules.recording;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.LineEnds;
import org.nemsrules.model.Suppression;

/**
 * Reads {@code .http} files: raw HTTP/1.1 request messages as the specification's examples show them (request line,
 * header lines, blank line, body), and the files IntelliJ's HTTP Client and VS Code's REST Client write, with their
 * variables, bodies from files, response handlers, response references and recorded responses (docs/recordings.md
 * lists each element). Several requests are separated by lines starting with {@code ###}. Lines starting with
 * {@code #} or {@code //} are comments before the request line and among the headers (where annotations such as
 * {@code # expect:} sit); in the body they are content. A comment {@code # nems-rules: ignore <rule-id> — <reason>}
 * before a request line suppresses that rule for that request (see {@link Suppression}). A line ends at CR LF, LF or
 * CR alone ({@link LineEnds}); the body keeps the line ends it was recorded with.
 *
 * <p>Every finding is on the line as written: a header whose value was substituted is reported on its own line.
 */
public final class HttpFileReader {
    private final HttpEnvironment environment;
    private final Path directory;
    private final long maxBytes;
    private final Instant dynamicInstant;

    /** A reader with no IDE environment, which reads no request body from a file. */
    public HttpFileReader() {
        this(HttpEnvironment.none(), null, RecordingReader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param environment the IDE environment whose variables the recording may use
     * @param directory   the recording's directory, against which a body file ({@code < ./body.json}) is resolved;
     *                    {@code null} when the recording is not a file
     * @param maxBytes    the bound on a body read from a file, as on a recording
     */
    public HttpFileReader(HttpEnvironment environment, Path directory, long maxBytes) {
        this(environment, directory, maxBytes, DynamicVariables.DEFAULT_INSTANT);
    }

    /**
     * @param dynamicInstant the instant that {@code {{$timestamp}}} and the other dynamic times stand for: the
     *                       run's judging instant, so that a time substituted into a request is judged as sent then
     */
    public HttpFileReader(HttpEnvironment environment, Path directory, long maxBytes, Instant dynamicInstant) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.dynamicInstant = Objects.requireNonNull(dynamicInstant, "dynamicInstant");
    }

    public Recording read(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            return Recording.unreadable(file, decoded.problem());
        }
        String text = decoded.text();
        HttpFileSyntax syntax = HttpFileSyntax.of(HttpLine.of(text));
        VariableResolver variables = new VariableResolver(
                syntax.variables(),
                environment,
                new DynamicVariables(dynamicInstant),
                syntax.requestNames(),
                syntax.handlerGlobals(),
                maxBytes);
        RequestBlockReader requests = new RequestBlockReader(file, text, variables, new BodyFile(directory, maxBytes));
        List<Interaction> interactions = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (RequestBlock block : syntax.blocks()) {
            requests.read(block, interactions.size(), problems).ifPresent(interactions::add);
        }
        return new Recording(file, interactions, problems);
    }

    /** A recorded text as a message may quote it: control characters shown as {@code ?}, at most 80 characters. */
    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
