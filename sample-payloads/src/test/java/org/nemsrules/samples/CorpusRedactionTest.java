package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.nhs.NhsNumberRange;
import org.nemsrules.report.Baseline;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;

/**
 * Over the whole corpus, with every rule on and deep validation: no writer's output holds a JWT that is written in
 * a sample, in either redaction mode, and by default none holds an NHS number.
 */
class CorpusRedactionTest {
    /**
     * Nine to eleven digits standing alone (or after an encoded '|'), written together or grouped 3-3-3 to 3-3-5:
     * what the redactor masks, unless it is a test number, the published example, a time or an ASID. Runs glued to
     * letters are parts of identifiers (a fingerprint's hex digits), not numbers.
     */
    private static final Pattern NHS_LIKE = Pattern.compile("(?:(?<![0-9A-Za-z])(?<![0-9]\\.)|(?<=%7[Cc]))"
            + "(?:[0-9]{3}([ -])[0-9]{3}\\1[0-9]{3,5}|[0-9]{9,11})(?![0-9A-Za-z])");

    private static Set<String> jwts;
    private static Report report;

    @BeforeAll
    static void checkTheCorpus() throws IOException {
        jwts = Corpus.jwts();
        report = Corpus.everyRule()
                .build()
                .validate(List.of(Corpus.SAMPLES.resolve("valid"), Corpus.SAMPLES.resolve("invalid")));
    }

    /** As the command line writes: the report redacted, and the writer quoting recordings with the same redactor. */
    private static String write(ReportFormat format, Report report, Redactor redactor) throws IOException {
        StringWriter out = new StringWriter();
        format.writer(false, Corpus.SAMPLES, redactor).write(report.redacted(redactor), out);
        return out.toString();
    }

    private static List<String> jwtsIn(String output) {
        return jwts.stream().filter(output::contains).toList();
    }

    @Test
    void theCorpusHoldsTokensAndTheUnredactedFindingsQuoteNhsNumbers() {
        assertTrue(jwts.size() >= 30, "expected the corpus's tokens to be found, found " + jwts.size());
        assertTrue(
                report.findings().anyMatch(f -> NHS_LIKE.matcher(f.message()).find()),
                "some finding must quote an NHS number, or the default mode's test proves nothing");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noOutputHoldsAJwtOfTheCorpusInEitherMode(ReportFormat format) throws IOException {
        for (Redactor redactor : List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS)) {
            String out = write(format, report, redactor);
            assertEquals(List.of(), jwtsIn(out), format.label() + (redactor.masksNhsNumbers() ? "" : " --no-redact"));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void byDefaultNoOutputHoldsAnNhsNumber(ReportFormat format) throws IOException {
        String out = write(format, report, Redactor.DEFAULT);
        assertEquals(List.of(), nhsNumbersIn(out), format.label());
        assertTrue(out.contains("9990000017"), format.label() + " should show test numbers, which identify no one");
    }

    @Test
    void withNoRedactTheNhsNumbersShowAndTheTokensStillDoNot() throws IOException {
        String out = write(ReportFormat.TEXT, report, Redactor.KEEP_NHS_NUMBERS);
        assertTrue(out.contains("9990000018"), out);
        assertFalse(out.contains("999****018"), out);
        assertEquals(List.of(), jwtsIn(out));
    }

    @Test
    void theBaselineOfTheCorpusHoldsNeitherTokensNorNhsNumbers() {
        String baseline = Baseline.of(report).text();
        assertEquals(List.of(), jwtsIn(baseline));
        assertEquals(List.of(), nhsNumbersIn(baseline));
    }

    /**
     * The NHS numbers in an output that did not come from the catalogue's own text (SARIF describes every rule, and
     * some descriptions cite the specification's example number or the test range). Epoch seconds (exp, iat), test
     * numbers, the published example and ASIDs (here: a run with "ASID" shortly before it) are kept readable on
     * purpose, and no NHS number starts with 1.
     */
    private static List<String> nhsNumbersIn(String output) {
        Set<String> catalogue = new HashSet<>();
        for (RuleMetadata rule : report.rules()) {
            String text = String.join(" ", rule.title(), rule.description(), rule.fix());
            NHS_LIKE.matcher(text).results().map(MatchResult::group).forEach(catalogue::add);
        }
        return NHS_LIKE.matcher(output)
                .results()
                .filter(n -> !output.substring(Math.max(0, n.start() - 80), n.start())
                        .toUpperCase()
                        .contains("ASID"))
                .map(MatchResult::group)
                .filter(n -> !(n.length() == 10 && n.startsWith("1")) && !catalogue.contains(n))
                .filter(n -> NhsNumberRange.ofDigits(n.replaceAll("[^0-9]", "")) == NhsNumberRange.POSSIBLY_ISSUED)
                .toList();
    }
}
