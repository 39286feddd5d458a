package org.nemsrules.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Broken and hostile inputs made from the sample corpus, the same on every run: every sample cut
 * at many offsets, re-encoded (UTF-16 with and without a byte order mark, Latin-1), with invalid
 * UTF-8 and flipped bytes, plus empty, blank, binary, deeply nested and enormous inputs. Made in
 * the test rather than committed, so the corpus follows the samples as they change.
 */
public final class HostileCorpus {
    /** The sample corpus, found by the build's system property or from the module folder. */
    public static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    /** Nesting far beyond any bound the readers set, and far beyond a default thread stack's reach. */
    public static final int DEEP = 10_000;

    private static final int CUTS = 5;
    private static final int FLIPS = 3;

    private HostileCorpus() {}

    /** One input: what it was made from and how, and its bytes. */
    public record Case(String name, byte[] bytes) {
        public String utf8() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String latin1() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /** The recordings of the sample corpus (valid and invalid), in a fixed order. */
    public static List<Path> samples() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("valid", "invalid")) {
            try (Stream<Path> walk = Files.walk(SAMPLES.resolve(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().endsWith(".expect"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the sample corpus is not at " + SAMPLES.toAbsolutePath(), e);
            }
        }
        return files;
    }

    /** Every variant of every sample, then the inputs made from nothing. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(made());
        for (Path sample : samples()) {
            cases.addAll(variants(sample.getFileName().toString(), read(sample)));
        }
        return cases;
    }

    /** The broken forms of one input. */
    public static List<Case> variants(String name, byte[] bytes) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(name, bytes));
        for (int i = 1; i <= CUTS; i++) {
            int at = (int) ((long) bytes.length * i / (CUTS + 1));
            cases.add(new Case(name + " cut at " + at, slice(bytes, at)));
        }
        for (int at : new int[] {1, 2, 3, bytes.length - 1}) {
            if (at > 0 && at < bytes.length) {
                cases.add(new Case(name + " cut at " + at, slice(bytes, at)));
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        cases.add(new Case(
                name + " as UTF-16LE with BOM",
                withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(new Case(name + " as UTF-16BE with BOM", text.getBytes(StandardCharsets.UTF_16)));
        cases.add(new Case(name + " as UTF-16LE without BOM", text.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(new Case(name + " as UTF-16BE without BOM", text.getBytes(StandardCharsets.UTF_16BE)));
        cases.add(new Case(
                name + " with a UTF-8 BOM", withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes)));
        String accented = text.replace("a", "\u00e9").replace("o", "\u00a3");
        cases.add(new Case(name + " as Latin-1", accented.getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(new Case(name + " as windows-1252", accented.getBytes(Charset.forName("windows-1252"))));
        byte[][] invalidUtf8 = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}
        };
        for (int i = 0; i < invalidUtf8.length; i++) {
            int at = (int) ((long) bytes.length * (i + 1) / (invalidUtf8.length + 1));
            cases.add(new Case(name + " with invalid UTF-8 at " + at, insert(bytes, at, invalidUtf8[i])));
        }
        cases.add(new Case(
                name + " mixed UTF-8 and Latin-1",
                concat(
                        slice(bytes, bytes.length / 2),
                        new String(bytes, StandardCharsets.UTF_8)
                                .substring(text.length() / 2)
                                .replace("e", "\u00e8")
                                .getBytes(StandardCharsets.ISO_8859_1))));
        Random random = new Random(name.hashCode());
        for (int i = 0; i < FLIPS && bytes.length > 0; i++) {
            byte[] flipped = bytes.clone();
            int at = random.nextInt(bytes.length);
            flipped[at] = (byte) random.nextInt(256);
            cases.add(new Case(name + " with byte " + at + " set to " + (flipped[at] & 0xFF), flipped));
        }
        for (String swap : new String[] {"\n", "{", "<", "\""}) {
            String swapped = text.replace(swap, "");
            cases.add(new Case(
                    name + " without any '" + swap.replace("\n", "\\n") + "'",
                    swapped.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case(
                name + " with CR line endings",
                text.replace("\r\n", "\n").replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case(name + " twice", concat(bytes, bytes)));
        return cases;
    }

    /** Inputs that come from no sample: empty, blank, binary, deep and large. */
    public static List<Case> made() {
        List<Case> cases = new ArrayList<>();
        cases.add(text("empty", ""));
        cases.add(text("spaces", "   "));
        cases.add(text("blank lines", "\n\n\r\n\t\n"));
        cases.add(text("a line of ###", "###\n###\n"));
        cases.add(new Case("NUL", new byte[] {0}));
        cases.add(new Case("a byte order mark alone", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        cases.add(new Case("a UTF-16 byte order mark alone", new byte[] {(byte) 0xFF, (byte) 0xFE}));
        byte[] binary = new byte[4096];
        new Random(9).nextBytes(binary);
        cases.add(new Case("random bytes", binary));
        byte[] highBytes = new byte[4096];
        for (int i = 0; i < highBytes.length; i++) {
            highBytes[i] = (byte) (0x80 | (i % 0x7F) | 1);
        }
        cases.add(new Case("high bytes without NUL", highBytes));
        cases.add(text("JSON nested " + DEEP + " deep in arrays", "[".repeat(DEEP) + "]".repeat(DEEP)));
        cases.add(text("JSON nested " + DEEP + " deep in objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        cases.add(text("JSON left open " + DEEP + " deep", "{\"log\":{\"entries\":[" + "[".repeat(DEEP)));
        cases.add(text(
                "HAR with a body nested " + DEEP + " deep",
                har("{\\\"resourceType\\\":\\\"Subscription\\\",\\\"a\\\":" + "[".repeat(DEEP) + "]".repeat(DEEP)
                        + "}")));
        cases.add(text(
                "XML nested " + DEEP + " deep",
                "<Subscription xmlns=\"http://hl7.org/fhir\">" + "<extension>".repeat(DEEP)
                        + "</extension>".repeat(DEEP) + "</Subscription>"));
        cases.add(text("XML billion laughs", billionLaughs()));
        cases.add(text(
                "HTTP create with a billion-laughs body",
                "POST /STU3/Subscription HTTP/1.1\n" + "Content-Type: application/fhir+xml\n\n" + billionLaughs()));
        cases.add(text(
                "HTTP create with a " + DEEP + "-deep JSON body",
                "POST /STU3/Subscription HTTP/1.1\n"
                        + "Content-Type: application/fhir+json\n\n{\"resourceType\":\"Subscription\",\"a\":"
                        + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
        cases.add(text(
                "HTTP request with a deep JWT",
                "GET /STU3/Subscription/1 HTTP/1.1\nAuthorization: Bearer "
                        + deepTokens().get(0) + "\n"));
        cases.add(text(
                "a header line of 1 MB", "GET /STU3/Subscription/1 HTTP/1.1\nX-Long: " + "x".repeat(1 << 20) + "\n"));
        cases.add(text("a request line of 1 MB", "GET /" + "a".repeat(1 << 20) + " HTTP/1.1\n"));
        cases.add(text("100,000 header lines", "GET /STU3/Subscription/1 HTTP/1.1\n" + "X-A: b\n".repeat(100_000)));
        cases.add(text("10,000 requests", "GET /STU3/Subscription/1 HTTP/1.1\n###\n".repeat(10_000)));
        cases.add(text(
                "a criteria of 1 MB",
                "POST /STU3/Subscription HTTP/1.1\nContent-Type: application/fhir+json\n\n"
                        + "{\"resourceType\":\"Subscription\",\"criteria\":\"/Bundle?type=message&serviceType="
                        + "&".repeat(1 << 20) + "\"}"));
        return cases;
    }

    /** JWTs whose payload, or header and payload, are JSON nested {@link #DEEP} levels deep. */
    public static List<String> deepTokens() {
        String deep = "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
        return List.of(
                b64("{\"alg\":\"none\"}") + "." + b64("{\"sub\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}") + ".",
                b64(deep) + "." + b64(deep) + ".");
    }

    public static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An internal DTD whose ten entities each name the one before ten times: a billion laughs. */
    public static String billionLaughs() {
        StringBuilder dtd =
                new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Subscription [\n" + " <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return dtd + "]>\n<Subscription xmlns=\"http://hl7.org/fhir\"><reason value=\"&lol9;\"/></Subscription>\n";
    }

    /** A one-entry HAR whose request carries the given (already JSON-escaped) body text. */
    public static String har(String escapedBody) {
        return "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":"
                + "\"https://example.org/STU3/Subscription\",\"headers\":[],\"postData\":{\"mimeType\":"
                + "\"application/fhir+json\",\"text\":\"" + escapedBody + "\"}}}]}}";
    }

    static Case text(String name, String text) {
        return new Case(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, length);
        return out;
    }

    private static byte[] withPrefix(byte[] prefix, byte[] bytes) {
        return concat(prefix, bytes);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(slice(bytes, at), inserted), java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
