package org.nemsrules.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.hostile.LongValues.Form;
import org.nemsrules.hostile.LongValues.Place;
import org.nemsrules.recording.RecordingReader;

/**
 * A message quotes what a recording holds, and a recording may hold a megabyte where a header value, a claim or
 * an NHS number should be. Whatever the length of a value, a finding quotes at most its first 200 characters,
 * once, in a message of at most 1,000 characters: the whole validator (every rule, those off by default too,
 * with the samples' supplier configuration and a judging instant) runs over every place of every sample request
 * filled in turn with a long run of letters and of digits (see {@link LongValues}).
 */
class LongValueTest {
    /** Longer than any bound, and cheap enough to fill every place of every sample with. */
    private static final int LONG = 4_096;
    /** A megabyte, filled into each place whose value a message quoted at {@link #LONG}. */
    private static final int MEGABYTE = 1 << 20;

    private static final int MAX_QUOTED = 200;
    private static final int MAX_MESSAGE = 1_000;

    private static NemsValidator validator;

    @BeforeAll
    static void everyRuleWithAConfigurationAndAnInstant() throws Exception {
        NemsValidator.Builder builder = NemsValidator.builder()
                .judgingInstant(Instant.parse("2026-01-05T09:02:00Z"))
                .threads(1);
        RuleCatalog.builtIn().metadata().forEach(rule -> builder.enable(rule.id()));
        validator = SupplierConfig.load(HostileCorpus.SAMPLES.resolve("nems-rules.yaml"))
                .applyTo(builder)
                .build();
    }

    @Test
    void everyValueAMessageQuotesIsClippedToTwoHundredCharactersAndQuotedOnce() {
        List<Place> places = LongValues.ofSamples();
        Map<String, String> failures = new TreeMap<>();
        Map<String, Place> firstQuotedBy = new LinkedHashMap<>();
        for (Place place : places) {
            for (Form form : Form.values()) {
                for (String rule : judge(
                        place + " with " + LONG + " of '" + form.c + "'",
                        form,
                        validator.validate(place.with().apply(form.of(LONG))),
                        failures)) {
                    firstQuotedBy.putIfAbsent(rule + " " + form, place);
                }
            }
        }
        // A megabyte in the first place where each rule quoted the value: the bound holds whatever the length.
        firstQuotedBy.forEach((ruleAndForm, place) -> {
            Form form = Form.valueOf(ruleAndForm.substring(ruleAndForm.indexOf(' ') + 1));
            judge(
                    place + " with a megabyte of '" + form.c + "'",
                    form,
                    validator.validate(place.with().apply(form.of(MEGABYTE))),
                    failures);
        });
        assertTrue(
                failures.isEmpty(),
                failures.size() + " rules quote too much:\n" + String.join("\n", failures.values()));
        assertTrue(
                places.size() > 500 && firstQuotedBy.size() > 50,
                places.size() + " places, " + firstQuotedBy.size() + " rules quoting");
    }

    @Test
    void whatTheReadersQuoteIsClippedToo() {
        String longText = "x".repeat(MEGABYTE);
        Map<String, String> recordings = new LinkedHashMap<>();
        recordings.put("method.http", longText + " /STU3/Subscription/1 HTTP/1.1\n");
        recordings.put("target.http", "GET /STU3/Subscription/" + longText + " HTTP/1.1\n");
        recordings.put("version.http", "GET /STU3/Subscription/1 " + longText + "\n");
        recordings.put("parts.http", "GET /STU3/Subscription/1 HTTP/1.1 " + longText + "\n");
        recordings.put("no-colon.http", "GET /STU3/Subscription/1 HTTP/1.1\n" + longText + "\n");
        recordings.put("bad-name.http", "GET /STU3/Subscription/1 HTTP/1.1\nA " + longText + ": 1\n");
        recordings.put("folded.http", "GET /STU3/Subscription/1 HTTP/1.1\nA: 1\n " + longText + "\n");
        recordings.put("token.har", "{\"log\": " + longText + "}");
        recordings.put("string.har", "{\"log\": \"" + longText);
        recordings.put(
                "method.har",
                "{\"log\":{\"entries\":[{\"request\":{\"method\":\"" + longText
                        + "\",\"url\":\"/STU3/Subscription/" + longText + "\",\"headers\":[{\"name\":\"" + longText
                        + "\",\"value\":\"" + longText + "\"}]}}]}}");
        recordings.put("token.json", "{\"resourceType\": " + longText + "}");
        recordings.put("type.json", "{\"resourceType\": \"" + longText + "\"}");
        recordings.put("element.json", "{\"resourceType\": \"Subscription\", \"" + longText + "\": 1}");
        recordings.put("element.xml", "<Subscription xmlns=\"http://hl7.org/fhir\"><" + longText + "/></Subscription>");
        recordings.put("root.xml", "<" + longText + " xmlns=\"http://hl7.org/fhir\"/>");
        recordings.put("namespace.xml", "<Subscription xmlns=\"" + longText + "\"/>");
        recordings.put("broken.xml", "<Subscription xmlns=\"http://hl7.org/fhir\"><status value=\"" + longText);
        Map<String, String> failures = new TreeMap<>();
        RecordingReader reader = new RecordingReader();
        recordings.forEach((name, text) -> judge(
                name,
                Form.LETTERS,
                validator
                        .validate(reader.read(
                                name, text.getBytes(StandardCharsets.UTF_8), RecordingReader.format(Path.of(name))))
                        .findings(),
                failures));
        assertTrue(failures.isEmpty(), String.join("\n", failures.values()));
    }

    private static final Pattern RUN_OF_X = Pattern.compile("x{50,}");
    private static final Pattern RUN_OF_9 = Pattern.compile("9{50,}");
    /** How {@link org.nemsrules.engine.Echo} ends a clipped value: its length. */
    private static final Pattern CLIPPED = Pattern.compile("\u2026 \\([\\d,]+ characters\\)");

    /**
     * Adds a failure (one for each rule) for each finding that quotes more than {@value #MAX_QUOTED} characters of
     * the value, quotes the same long value twice (two clipped quotes of one length), or is longer than
     * {@value #MAX_MESSAGE} characters; returns the rules that quoted the value.
     */
    private static Set<String> judge(String what, Form form, List<Finding> findings, Map<String, String> failures) {
        Set<String> quoting = new TreeSet<>();
        for (Finding f : findings) {
            for (String text : List.of(f.message(), f.location().path())) {
                Matcher run = (form == Form.LETTERS ? RUN_OF_X : RUN_OF_9).matcher(text);
                int longest = 0;
                while (run.find()) {
                    quoting.add(f.ruleId());
                    longest = Math.max(longest, run.end() - run.start());
                }
                Set<String> lengths = new HashSet<>();
                boolean twice = false;
                for (Matcher clipped = CLIPPED.matcher(text); clipped.find(); ) {
                    twice |= !lengths.add(clipped.group());
                }
                if (longest > MAX_QUOTED || twice || text.length() > MAX_MESSAGE) {
                    failures.putIfAbsent(
                            f.ruleId(),
                            f.ruleId() + " quotes " + longest + " characters" + (twice ? ", twice," : "") + " in "
                                    + text.length() + " (" + what + "): " + shown(text));
                }
            }
        }
        return quoting;
    }

    /** The text with each run of the value shown as its length. */
    private static String shown(String text) {
        String runs = RUN_OF_9.matcher(
                        RUN_OF_X.matcher(text).replaceAll(r -> "<" + r.group().length() + " x>"))
                .replaceAll(r -> "<" + r.group().length() + " nines>");
        return runs.length() > 400 ? runs.substring(0, 400) + "..." : runs;
    }
}
