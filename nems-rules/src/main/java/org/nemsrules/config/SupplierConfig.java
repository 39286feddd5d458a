package org.nemsrules.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.Configuration;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * Who the supplier is, read from {@code nems-rules.yaml} (or {@code .yml}, {@code .json}) after the
 * file has been checked against {@link ConfigSchema}: its systems and the organisations each may act
 * for, its MESH mailboxes, the Spine environments it calls, and its settings for a run. Immutable.
 *
 * @param source         the file as named to the user
 * @param systems        ASID to the ODS codes that ASID may act for, in file order
 * @param mailboxes      MESH mailbox id to the ODS code it belongs to
 * @param environments   environment name to its NEMS ASID and endpoint
 * @param judged         the environments a run judges against; empty means any configured one
 * @param rules          severity overrides: rule id or category ({@code jwt.*}) to error, warning, info or off
 * @param baseline       the baseline file, resolved against the configuration file's directory
 * @param judgingInstant the instant time rules judge against
 * @param endpoints      the systems' endpoint registrations, in file order
 */
public record SupplierConfig(
        String source,
        Map<String, Set<String>> systems,
        Map<String, String> mailboxes,
        Map<String, Environment> environments,
        List<String> judged,
        Map<String, String> rules,
        Optional<Path> baseline,
        Optional<Instant> judgingInstant,
        List<Endpoint> endpoints)
        implements Configuration {

    /** The names looked for, in this order, when no file is named. */
    /** The largest configuration file read: a real one is a few kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;

    public static final List<String> FILE_NAMES = List.of("nems-rules.yaml", "nems-rules.yml", "nems-rules.json");

    /**
     * A Spine environment.
     *
     * @param name     e.g. {@code int}, {@code dep}, {@code live}
     * @param nemsAsid the ASID of the NEMS service there, expected in {@code toASID}
     * @param endpoint the base URL requests are sent to and the JWT {@code aud} names, without a trailing '/'
     */
    public record Environment(
            String name, String nemsAsid, String endpoint, List<Path> caCertificates, List<String> caNamed) {
        public Environment {
            caCertificates = List.copyOf(caCertificates);
            caNamed = List.copyOf(caNamed);
        }

        /** An environment that names no CA certificates. */
        public Environment(String name, String nemsAsid, String endpoint) {
            this(name, nemsAsid, endpoint, List.of(), List.of());
        }
    }

    /** The default of {@code expiryWarningDays}: a month is the time a certificate renewal through Spine takes. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

    /** The keys under {@code endpoint} that would hold a password written in the file, which never belongs there. */
    static final List<String> PASSWORD_KEYS = List.of("password", "keyPassword", "storePassword", "keystorePassword");

    /**
     * A system's endpoint registration (R-HDR-07): the host registered for its ASID and the certificate it presents.
     * Never holds a password: only the name of the variable it is read from, and the lines where one was written.
     *
     * @param asid              the system's ASID
     * @param host              the fully qualified host name registered for the ASID
     * @param certificate       the certificate file, resolved against the configuration's directory
     * @param certificateNamed  the certificate file as the configuration writes it
     * @param alias             the key entry of a PKCS#12 key store
     * @param key               the private key file, resolved
     * @param passwordEnv       the environment variable that holds the PKCS#12 password
     * @param expiryWarningDays how long before the certificate expires a run warns
     * @param system            the position of its system in the list of systems (0 for the first)
     * @param certificateLine   the line of {@code certificate:}
     * @param keyLine           the line of {@code key:}; 0 without one
     * @param directory         the configuration's directory, which relative paths were resolved against
     * @param writtenPasswords  each key under {@code endpoint} that holds a password written in the file, with its line
     */
    public record Endpoint(
            String asid,
            String host,
            Path certificate,
            String certificateNamed,
            Optional<String> alias,
            Optional<Path> key,
            Optional<String> passwordEnv,
            int expiryWarningDays,
            int system,
            int certificateLine,
            int keyLine,
            Path directory,
            Map<String, Integer> writtenPasswords) {
        public Endpoint {
            writtenPasswords = Collections.unmodifiableMap(new LinkedHashMap<>(writtenPasswords));
        }

        /**
         * A file as a finding on the configuration names it: relative to the configuration's directory when it lies
         * there, as the configuration writes it, so that a report reads the same on every machine.
         */
        public String shown(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            return (absolute.startsWith(directory) ? directory.relativize(absolute) : absolute)
                    .toString()
                    .replace('\\', '/');
        }

        /** Never a path's contents or a password: only names. */
        @Override
        public String toString() {
            return "Endpoint[asid=" + asid + ", host=" + host + ", certificate=" + certificateNamed + "]";
        }
    }

    public SupplierConfig {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        systems.forEach((asid, codes) -> copy.put(asid, Collections.unmodifiableSet(new LinkedHashSet<>(codes))));
        systems = Collections.unmodifiableMap(copy);
        mailboxes = Collections.unmodifiableMap(new LinkedHashMap<>(mailboxes));
        environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
        judged = List.copyOf(judged);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        endpoints = List.copyOf(endpoints);
    }

    /** A configuration without endpoint registrations. */
    public SupplierConfig(
            String source,
            Map<String, Set<String>> systems,
            Map<String, String> mailboxes,
            Map<String, Environment> environments,
            List<String> judged,
            Map<String, String> rules,
            Optional<Path> baseline,
            Optional<Instant> judgingInstant) {
        this(source, systems, mailboxes, environments, judged, rules, baseline, judgingInstant, List.of());
    }

    /** The configuration file in {@code directory}, if it holds one of {@link #FILE_NAMES}. */
    public static Optional<Path> find(Path directory) {
        return FILE_NAMES.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Reads, checks against the schema and returns the configuration in {@code file}. */
    public static SupplierConfig load(Path file) throws ConfigException {
        return load(file, file.toString());
    }

    /** As {@link #load(Path)}, naming the file {@code shown} in errors: as the user named it. */
    public static SupplierConfig load(Path file, String named) throws ConfigException {
        String shown = named.replace('\\', '/');
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            // Counted as it is read: a FIFO or a device has no size to trust beforehand.
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                String size = Files.isRegularFile(file) ? String.format("%,d bytes", Files.size(file)) : "larger";
                throw new ConfigException(List.of(String.format(
                        "%s:1: (file): is %s, above the limit of %,d "
                                + "bytes for a configuration; it lists systems, mailboxes and environments, not data",
                        shown, size, MAX_BYTES)));
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(shown + ":1: (file): is not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(List.of(shown + ":1: (file): cannot be read: " + FileProblem.describe(e)));
        }
        Path dir = file.toAbsolutePath().getParent();
        return read(
                shown,
                text,
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"),
                dir == null ? Path.of("") : dir);
    }

    /**
     * Reads configuration text.
     *
     * @param shown     the file name used in errors
     * @param json      whether the text is JSON rather than YAML
     * @param directory what a relative baseline path is resolved against
     */
    public static SupplierConfig read(String shown, String text, boolean json, Path directory) throws ConfigException {
        JsonFactory factory =
                (json ? new JsonFactory() : new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        if (text.isBlank()) {
            throw new ConfigException(List.of(shown + ":1: (root): the file is empty; expected a mapping with "
                    + "systems, mailboxes and environments (see docs/configuration.md)"));
        }
        SourceLines lines;
        JsonNode document;
        try (JsonParser locating = factory.createParser(text)) {
            lines = SourceLines.of(locating);
            document = new ObjectMapper(factory).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ConfigException(List.of(shown + ":" + line + ": (syntax): is not valid "
                    + (json ? "JSON" : "YAML") + ": " + SourceQuote.parserMessage(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ConfigException(List.of(shown + ":1: (file): cannot be read: " + FileProblem.describe(e)));
        }
        if (document == null || document.isMissingNode() || document.isNull()) {
            throw new ConfigException(List.of(shown + ":1: (root): the file is empty; expected a mapping with "
                    + "systems, mailboxes and environments (see docs/configuration.md)"));
        }
        unquotedOff(document);
        List<String> errors = new ArrayList<>(ConfigSchema.violations(shown, document, lines));
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        baselineOutside(shown, document, lines, directory).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        SupplierConfig config = fromDocument(shown, document, directory, lines);
        errors.addAll(repeats(shown, document, lines));
        errors.addAll(config.inconsistencies(lines));
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return config;
    }

    /**
     * A baseline the file names must lie inside the file's directory, after {@code ..} and after the symbolic links
     * of the parts that exist: {@code --update-baseline} writes it, and a configuration found next to the recordings
     * of a cloned repository must not make a run overwrite {@code ~/.bashrc}. A {@code --baseline} given on the
     * command line is the user's own choice and may be anywhere.
     */
    private static Optional<String> baselineOutside(
            String shown, JsonNode document, SourceLines lines, Path directory) {
        if (!document.path("baseline").isTextual()) {
            return Optional.empty();
        }
        String value = document.path("baseline").asText();
        String where = shown + ":" + lines.line("/baseline") + ": baseline: '" + SourceQuote.of(value) + "' ";
        String expected = "; a baseline named in the configuration must be a path inside the configuration's "
                + "directory, such as nems-baseline.txt (name one elsewhere with --baseline or baselineFile)";
        Path named;
        try {
            named = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(where + "is not a path" + expected);
        }
        if (named.isAbsolute() || named.getRoot() != null) {
            return Optional.of(where + "is an absolute path" + expected);
        }
        Path home = directory.toAbsolutePath().normalize();
        Path resolved = home.resolve(named).normalize();
        if (!resolved.startsWith(home) || resolved.equals(home)) {
            return Optional.of(where + "leads out of the configuration's directory" + expected);
        }
        Path existing = resolved;
        while (existing != null && !Files.exists(existing) && !Files.isSymbolicLink(existing)) {
            existing = existing.getParent();
        }
        try {
            Path realHome = home.toRealPath();
            if (existing != null && !existing.toRealPath().startsWith(realHome)) {
                return Optional.of(
                        where + "leads out of the configuration's directory through a symbolic link" + expected);
            }
        } catch (IOException e) {
            // A link that leads nowhere (or a loop) is not inside the directory either.
            return Optional.of(where + "cannot be resolved (" + FileProblem.describe(e) + ")" + expected);
        }
        return Optional.empty();
    }

    /**
     * YAML 1.1, which the parser follows, reads an unquoted {@code off} as the boolean false; a severity
     * written {@code jwt.*: off} means the level, so it is read as the word.
     */
    private static void unquotedOff(JsonNode document) {
        if (document.path("rules") instanceof com.fasterxml.jackson.databind.node.ObjectNode rules) {
            List<String> offs = new ArrayList<>();
            rules.properties().forEach(e -> {
                if (e.getValue().isBoolean() && !e.getValue().booleanValue()) {
                    offs.add(e.getKey());
                }
            });
            offs.forEach(key -> rules.put(key, "off"));
        }
    }

    private static SupplierConfig fromDocument(String shown, JsonNode doc, Path directory, SourceLines lines) {
        Map<String, Set<String>> systems = new LinkedHashMap<>();
        for (JsonNode system : doc.path("systems")) {
            Set<String> codes = systems.computeIfAbsent(system.path("asid").asText(), k -> new LinkedHashSet<>());
            system.path("organisations").forEach(code -> codes.add(code.asText()));
        }
        Map<String, String> mailboxes = new LinkedHashMap<>();
        for (JsonNode mailbox : doc.path("mailboxes")) {
            mailboxes.putIfAbsent(
                    mailbox.path("id").asText(), mailbox.path("organisation").asText());
        }
        Map<String, Environment> environments = new LinkedHashMap<>();
        doc.path("environments")
                .properties()
                .forEach(e -> environments.put(
                        e.getKey(),
                        new Environment(
                                e.getKey(),
                                e.getValue().path("nemsAsid").asText(),
                                withoutTrailingSlash(
                                        e.getValue().path("endpoint").asText()),
                                texts(e.getValue().path("caCertificates")).stream()
                                        .map(named -> directory.resolve(named).normalize())
                                        .toList(),
                                texts(e.getValue().path("caCertificates")))));
        List<String> judged = new ArrayList<>();
        doc.path("judge").forEach(name -> judged.add(name.asText()));
        Map<String, String> rules = new LinkedHashMap<>();
        doc.path("rules")
                .properties()
                .forEach(e -> rules.put(e.getKey(), e.getValue().asText()));
        Optional<Path> baseline = doc.has("baseline")
                ? Optional.of(directory.resolve(doc.path("baseline").asText()).normalize())
                : Optional.empty();
        Optional<Instant> instant = doc.has("judgingInstant")
                ? Optional.of(Instant.parse(doc.path("judgingInstant").asText()))
                : Optional.empty();
        return new SupplierConfig(
                shown,
                systems,
                mailboxes,
                environments,
                judged,
                rules,
                baseline,
                instant,
                endpoints(doc, directory, lines));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<Endpoint> endpoints(JsonNode doc, Path directory, SourceLines lines) {
        List<Endpoint> endpoints = new ArrayList<>();
        JsonNode systems = doc.path("systems");
        for (int i = 0; i < systems.size(); i++) {
            JsonNode endpoint = systems.get(i).path("endpoint");
            if (!endpoint.isObject()) {
                continue;
            }
            String at = "/systems/" + i + "/endpoint";
            Map<String, Integer> written = new LinkedHashMap<>();
            for (String key : PASSWORD_KEYS) {
                if (endpoint.has(key)) {
                    written.put(key, lines.line(at + "/" + key));
                }
            }
            String certificate = endpoint.path("certificate").asText();
            endpoints.add(new Endpoint(
                    systems.get(i).path("asid").asText(),
                    endpoint.path("host").asText(),
                    directory.resolve(certificate).normalize(),
                    certificate,
                    Optional.ofNullable(endpoint.get("alias")).map(JsonNode::asText),
                    Optional.ofNullable(endpoint.get("key"))
                            .map(k -> directory.resolve(k.asText()).normalize()),
                    Optional.ofNullable(endpoint.get("passwordEnv")).map(JsonNode::asText),
                    endpoint.has("expiryWarningDays")
                            ? endpoint.path("expiryWarningDays").asInt()
                            : DEFAULT_EXPIRY_WARNING_DAYS,
                    i,
                    lines.line(at + "/certificate"),
                    endpoint.has("key") ? lines.line(at + "/key") : 0,
                    directory.toAbsolutePath().normalize(),
                    written));
        }
        return endpoints;
    }

    /**
     * A system or mailbox listed twice: its second entry would silently widen or contradict the first.
     * (uniqueItems cannot say it: the two entries may differ in their other keys.)
     */
    private static List<String> repeats(String shown, JsonNode doc, SourceLines lines) {
        List<String> errors = new ArrayList<>();
        for (String[] list : new String[][] {{"systems", "asid", "ASID"}, {"mailboxes", "id", "mailbox"}}) {
            Map<String, Integer> first = new LinkedHashMap<>();
            JsonNode entries = doc.path(list[0]);
            for (int i = 0; i < entries.size(); i++) {
                String key = entries.get(i).path(list[1]).asText();
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null) {
                    errors.add(shown + ":" + lines.line("/" + list[0] + "/" + i + "/" + list[1]) + ": " + list[0] + "["
                            + i + "]." + list[1] + ": " + list[2] + " '" + SourceQuote.of(key)
                            + "' is already listed at " + list[0]
                            + "[" + earlier + "] (line " + lines.line("/" + list[0] + "/" + earlier) + "); list each "
                            + list[2] + " once");
                }
            }
        }
        return errors;
    }

    /** What the schema cannot say: names that refer to nothing. */
    private List<String> inconsistencies(SourceLines lines) {
        List<String> errors = new ArrayList<>();
        // Re-walk the file order through the line map: the records above merged repeats away.
        for (int i = 0; i < judged.size(); i++) {
            String name = judged.get(i);
            if (!environments.containsKey(name)) {
                errors.add(source + ":" + lines.line("/judge/" + i) + ": judge[" + i + "]: environment '"
                        + SourceQuote.of(name) + "' is not configured"
                        + (environments.isEmpty()
                                ? "; add it under environments"
                                : "; expected one of " + String.join(", ", environments.keySet())));
            }
        }
        List<RuleMetadata> known = RuleCatalog.discover().metadata();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (RuleMetadata rule : known) {
            ids.add(rule.id());
            categories.add(rule.category() + ".*");
        }
        for (String selector : rules.keySet()) {
            if (ids.contains(selector) || categories.contains(selector)) {
                continue;
            }
            Set<String> candidates = selector.endsWith(".*") ? categories : ids;
            String best = candidates.stream()
                    .min(java.util.Comparator.comparingInt(c -> org.nemsrules.engine.EditDistance.between(selector, c)))
                    .orElse(null);
            String hint = best != null && org.nemsrules.engine.EditDistance.between(selector, best) <= 3
                    ? "; did you mean '" + best + "'?"
                    : "";
            String quoted = SourceQuote.of(selector);
            errors.add(source + ":" + lines.line("/rules/" + SourceLines.escape(selector)) + ": rules." + quoted
                    + ": no rule " + (selector.endsWith(".*") ? "category" : "") + (selector.endsWith(".*") ? " " : "")
                    + "is called '" + quoted + "'" + hint);
        }
        return errors;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The file's name without its directories, for findings: they must read the same on every machine. */
    public String fileName() {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }

    /** The ODS codes {@code asid} may act for, when it is a configured system. */
    public Optional<Set<String>> organisationsOf(String asid) {
        return Optional.ofNullable(systems.get(asid));
    }

    /** The ODS code of a configured mailbox. */
    public Optional<String> mailboxOrganisation(String mailboxId) {
        return Optional.ofNullable(mailboxes.get(mailboxId));
    }

    /** The environments a run judges against: those named under {@code judge}, else every configured one. */
    public List<Environment> judgedEnvironments() {
        if (judged.isEmpty()) {
            return List.copyOf(environments.values());
        }
        return judged.stream().map(environments::get).toList();
    }

    /**
     * This configuration judging {@code environment} alone, whatever its {@code judge} says: for a run that stands
     * in for that one environment, as the simulator does with {@code nems-check serve --as}.
     *
     * @throws IllegalArgumentException when no environment of that name is configured; the message names those that
     *     are
     */
    public SupplierConfig judging(String environment) {
        if (!environments.containsKey(environment)) {
            throw new IllegalArgumentException("no environment '" + environment + "' in " + fileName()
                    + (environments.isEmpty()
                            ? ", which configures none"
                            : "; configured: " + String.join(", ", environments.keySet())));
        }
        return new SupplierConfig(
                source,
                systems,
                mailboxes,
                environments,
                List.of(environment),
                rules,
                baseline,
                judgingInstant,
                endpoints);
    }

    /** Gives the validator this configuration, its severity overrides and its judging instant. */
    public NemsValidator.Builder applyTo(NemsValidator.Builder builder) {
        builder.configuration(this);
        rules.forEach((selector, level) -> {
            if (level.equals("off")) {
                builder.disable(selector);
            } else {
                builder.severity(selector, Severity.fromLabel(level).orElseThrow());
            }
        });
        judgingInstant.ifPresent(builder::judgingInstant);
        return builder;
    }
}
