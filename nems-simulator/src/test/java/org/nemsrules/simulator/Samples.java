package org.nemsrules.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.IdeEnvironmentFiles;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;

/** The shipped sample recordings, read as {@code nems-check} reads them, and their requests as the simulator gets them. */
final class Samples {
    static final Path ROOT = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    /** IDE environment files end in .json too; nems-check reads them as environments, never as recordings. */
    static final java.util.Set<String> ENVIRONMENT_FILES =
            java.util.Set.of("http-client.env.json", "http-client.private.env.json");

    private Samples() {}

    /** Every recording under valid/ and invalid/ (sub-directories too), as "invalid/name.http", sorted. */
    static List<String> all() throws IOException {
        try (Stream<Path> files =
                Stream.concat(Files.walk(ROOT.resolve("valid")), Files.walk(ROOT.resolve("invalid")))) {
            return files.filter(Files::isRegularFile)
                    .filter(RecordingReader::isRecording)
                    .filter(p -> !ENVIRONMENT_FILES.contains(p.getFileName().toString()))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static boolean isBareResource(String sample) {
        return RecordingReader.format(ROOT.resolve(sample)) == RecordingReader.Format.BARE_RESOURCE;
    }

    /**
     * The recording read as {@code nems-check} reads it: a {@code .http} file with the IDE environment files beside it
     * (none chosen, so only shared values apply).
     */
    static Recording read(String sample) {
        Path file = ROOT.resolve(sample).toAbsolutePath().normalize();
        IdeEnvironmentFiles environments = new IdeEnvironmentFiles(Optional.empty(), ROOT, Path::toString);
        return new RecordingReader(RecordingReader.DEFAULT_MAX_BYTES, environments).read(file, sample);
    }

    static List<Interaction> requests(String sample) {
        return read(sample).interactions();
    }

    static Interaction first(String sample) {
        return requests(sample).get(0);
    }

    /**
     * The request as a client sends it: method, absolute URI (the sample's own), header fields in order, body bytes.
     * A target {@link URI} refuses as it stands (a literal {@code {id}}) is sent as a client would, its illegal
     * characters percent-encoded.
     */
    static SimulatedRequest simulated(Interaction request) {
        return new SimulatedRequest(
                request.method(),
                uri(request.target()),
                request.headers().all().stream()
                        .map(h -> new HeaderField(h.name(), h.value()))
                        .toList(),
                request.body().bytes());
    }

    static URI uri(String target) {
        try {
            return new URI(target);
        } catch (URISyntaxException e) {
            URI base = URI.create(target.substring(0, target.indexOf('/', "https://".length())));
            String rest = target.substring(base.toString().length());
            int query = rest.indexOf('?');
            try {
                return new URI(
                        base.getScheme(),
                        base.getAuthority(),
                        query < 0 ? rest : rest.substring(0, query),
                        query < 0 ? null : rest.substring(query + 1),
                        null);
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException("cannot send " + target, again);
            }
        }
    }
}
