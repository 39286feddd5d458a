package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nemsrules.report.ToolInfo;

/**
 * Holds the committed rule reference, {@code docs/rules.md}, to the rules' metadata (promise 5 of
 * the architecture). With {@code -Dnems.docs.regenerate=true} it writes the page instead.
 */
class RuleReferenceTest {
    static final String REGENERATE =
            "./mvnw -q -pl nems-rules test -Dtest=RuleReferenceTest -Dnems.docs.regenerate=true";

    private static final List<RuleMetadata> BUILT_IN = RuleCatalog.builtIn().metadata();

    @Test
    void committedReferenceMatchesTheRuleMetadata() throws IOException {
        Path page = Path.of(System.getProperty("nems.docs", "../docs")).resolve("rules.md");
        Path samples = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
        String rendered = RuleReference.markdown(BUILT_IN, RuleExamples.from(samples, BUILT_IN));
        if (Boolean.getBoolean("nems.docs.regenerate")) {
            writeWhole(page, rendered);
            return;
        }
        if (!Files.exists(page)) {
            fail(page.toAbsolutePath().normalize() + " does not exist; generate it with\n  " + REGENERATE);
        }
        String committed = Files.readString(page, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!committed.equals(rendered)) {
            fail("docs/rules.md is out of date with the rule metadata (" + firstDifference(committed, rendered)
                    + "); regenerate it and commit the result:\n  " + REGENERATE);
        }
    }

    @Test
    void everyRuleHasExactlyOneHeadingWithItsAnchor() {
        Map<String, Integer> anchors = headingAnchors(RuleReference.markdown(BUILT_IN));
        for (RuleMetadata rule : BUILT_IN) {
            assertEquals(
                    1,
                    anchors.getOrDefault(RuleReference.anchor(rule.id()), 0),
                    "headings with the anchor of " + rule.id() + " in " + anchors.keySet());
        }
    }

    @Test
    void everyRuleAnchorAppearsOnceAsHeadingAndOnceAsSummaryLink() {
        String md = RuleReference.markdown(BUILT_IN);
        for (RuleMetadata rule : BUILT_IN) {
            String anchor = RuleReference.anchor(rule.id());
            assertEquals(1, occurrences(md, "\n### " + anchor + "\n"), "heading of " + rule.id());
            assertEquals(1, occurrences(md, "](#" + anchor + ")"), "summary link to " + rule.id());
        }
    }

    @Test
    void sarifHelpUriPointsAtTheRulesSection() {
        for (RuleMetadata rule : BUILT_IN) {
            String uri = ToolInfo.current().ruleHelpUri(rule.id());
            assertTrue(uri.endsWith("rules.md#" + RuleReference.anchor(rule.id())), uri);
        }
    }

    @Test
    void ruleWithoutRequirementsSpecPageOrAnswerSaysNone() {
        RuleMetadata bare = RuleMetadata.builder("custom.bare-rule")
                .title("A title")
                .description("A description.")
                .severity(Severity.INFO)
                .fix("A fix.")
                .build();
        String md = RuleReference.markdown(List.of(bare));
        assertTrue(md.contains("- Requirements: none\n"), md);
        assertTrue(md.contains("- Specification: none\n"), md);
        assertTrue(md.contains("- Predicted NEMS answer: none\n"), md);
        assertTrue(md.contains("| [`custom.bare-rule`](#custom-bare-rule) | info | A title | none |\n"), md);
    }

    @Test
    void metadataTextCannotBreakTheTableOrBecomeMarkup() {
        RuleMetadata tricky = RuleMetadata.builder("custom.tricky-rule")
                .title("a | b with _history and <script>")
                .description("Line one\nline two with [base]/Subscription and *stars*.")
                .severity(Severity.WARNING)
                .requirements("R-X-01")
                .specPage("https://example.org/spec")
                .answer(422, "INVALID_RESOURCE")
                .fix("Do `this`.")
                .build();
        String md = RuleReference.markdown(List.of(tricky));
        assertTrue(md.contains("| a \\| b with \\_history and \\<script\\> | R-X-01 |"), md);
        assertTrue(md.contains("Line one line two with \\[base\\]/Subscription and \\*stars\\*.\n"), md);
        assertTrue(md.contains("- Predicted NEMS answer: HTTP 422, Spine error code `INVALID_RESOURCE`\n"), md);
        assertTrue(md.contains("- Specification: <https://example.org/spec>\n"), md);
        assertFalse(md.contains("<script>"), md);
    }

    @Test
    void anInferredAnswerIsMarkedAsInferred() {
        RuleMetadata inferred = RuleMetadata.builder("custom.inferred-rule")
                .title("t")
                .description("d")
                .severity(Severity.ERROR)
                .inferredAnswer(415, "UNSUPPORTED_MEDIA_TYPE")
                .fix("f")
                .build();
        String md = RuleReference.markdown(List.of(inferred));
        assertTrue(
                md.contains("- Predicted NEMS answer: HTTP 415, Spine error code `UNSUPPORTED_MEDIA_TYPE` "
                        + "(inferred: no NEMS page names this case)\n"),
                md);
    }

    @Test
    void pageCarriesTheOpenGovernmentLicenceAttribution() {
        assertTrue(RuleReference.markdown(BUILT_IN).contains("\n" + RuleReference.OGL + "\n"));
    }

    /**
     * The anchors GitHub gives the headings of a page: lower case, punctuation other than
     * {@code -} and {@code _} dropped, spaces turned into dashes, and {@code -1}, {@code -2}…
     * appended to repeats. Counted by the anchor each heading would have had without the suffix.
     */
    private static Map<String, Integer> headingAnchors(String md) {
        Map<String, Integer> counts = new HashMap<>();
        boolean fenced = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.matches("#{1,6} .*")) {
                continue;
            }
            String text = line.replaceFirst("^#{1,6} ", "").strip().toLowerCase(Locale.ROOT);
            String slug = text.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
            counts.merge(slug, 1, Integer::sum);
        }
        return counts;
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static String firstDifference(String committed, String rendered) {
        List<String> a = new ArrayList<>(committed.lines().toList());
        List<String> b = new ArrayList<>(rendered.lines().toList());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                return "first difference at line " + (i + 1) + ": committed '" + left + "', metadata gives '" + right
                        + "'";
            }
        }
        return "they differ in line endings or the final newline";
    }

    /** Written whole or not at all, as every file the project writes. */
    private static void writeWhole(Path page, String content) throws IOException {
        Files.createDirectories(page.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(page.toAbsolutePath().getParent(), ".rules-", ".md.tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
