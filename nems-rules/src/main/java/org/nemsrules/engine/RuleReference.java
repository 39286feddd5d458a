package org.nemsrules.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders the rule reference, {@code docs/rules.md}, from rule metadata, so that the reference,
 * the SARIF rule descriptors and {@code --list-rules} cannot disagree. A test in this module
 * compares the committed page with what this renders and fails when they drift.
 *
 * <p>Each rule's section is found at the anchor {@link #anchor(String)}, which is what the SARIF
 * {@code helpUri} of the rule points at. The heading text is the anchor itself: GitHub derives a
 * heading's anchor by lower-casing it and dropping punctuation such as the dot, so a heading made
 * only of lower-case letters, digits and dashes is its own anchor on every renderer.
 */
public final class RuleReference {
    /** Characters that Markdown could read as markup in plain metadata text. */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>|])");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    static final String OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";

    private RuleReference() {}

    /** The anchor of a rule's section: its id with the dot replaced by a dash, e.g. {@code http-unsupported-method}. */
    public static String anchor(String ruleId) {
        return ruleId.replace('.', '-');
    }

    /** The whole page, in the order given (the catalogue gives rules sorted by id), with LF line endings. */
    public static String markdown(List<RuleMetadata> rules) {
        return markdown(rules, Map.of());
    }

    /**
     * The whole page, with each rule's example: a Markdown block (a failing request and its fix) keyed by rule id,
     * written after the fix. A rule without one says so.
     */
    public static String markdown(List<RuleMetadata> rules, Map<String, String> examples) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from rule metadata by org.nemsrules.engine.RuleReference; do not edit. "
                + "See docs/README.md to regenerate. -->\n\n");
        md.append("# Rule reference\n\n");
        md.append("Every built-in rule of NEMS Rules, generated from the metadata each rule carries. A rule's id is "
                + "stable: reports and severity overrides name it, and it does not change once "
                + "released. The default severity is the one a finding has unless the validator is configured "
                + "otherwise. Requirement ids refer to the NEMS Subscription requirements digest, and the predicted "
                + "answer is the HTTP status and Spine error code NEMS would most plausibly reply with if the "
                + "request were sent as recorded.\n\n");
        if (!examples.isEmpty()) {
            md.append("Each example is taken from the project's sample recordings: an invalid sample the rule fires "
                    + "on and, where one differs from it in a few lines, the valid sample that fixes it, as a diff "
                    + "(a token is shown as the claims that change). The page is generated only from pairs on which "
                    + "the rule is seen to fire and to stay silent.\n\n");
        }
        md.append(OGL).append("\n\n");

        md.append("## Summary\n\n");
        md.append("| Rule | Default severity | Title | Requirements |\n");
        md.append("|---|---|---|---|\n");
        for (RuleMetadata rule : rules) {
            md.append("| [`")
                    .append(rule.id())
                    .append("`](#")
                    .append(anchor(rule.id()))
                    .append(") | ")
                    .append(severity(rule))
                    .append(" | ")
                    .append(text(rule.title()))
                    .append(" | ")
                    .append(requirements(rule))
                    .append(" |\n");
        }

        md.append("\n## Rules\n");
        for (RuleMetadata rule : rules) {
            md.append('\n');
            section(md, rule, examples.isEmpty() ? null : examples.getOrDefault(rule.id(), ""));
        }
        return md.toString();
    }

    private static void section(StringBuilder md, RuleMetadata rule, @Nullable String example) {
        md.append("### ").append(anchor(rule.id())).append("\n\n");
        md.append("`")
                .append(rule.id())
                .append("`: ")
                .append(text(rule.title()))
                .append("\n\n");
        md.append(text(rule.description())).append("\n\n");
        md.append("- Default severity: ").append(severity(rule)).append('\n');
        md.append("- Requirements: ").append(requirements(rule)).append('\n');
        md.append("- Specification: ")
                .append(rule.specPage().isEmpty() ? "none" : "<" + rule.specPage() + ">")
                .append('\n');
        md.append("- Predicted NEMS answer: ").append(answer(rule)).append('\n');
        md.append("- Fix: ").append(text(rule.fix())).append('\n');
        if (example != null) {
            md.append(example.isEmpty() ? "- Example: none among the sample recordings yet\n" : example);
        }
    }

    private static String severity(RuleMetadata rule) {
        return rule.defaultSeverity().label() + (rule.enabledByDefault() ? "" : " (off by default)");
    }

    private static String requirements(RuleMetadata rule) {
        return rule.requirements().isEmpty() ? "none" : String.join(", ", rule.requirements());
    }

    private static String answer(RuleMetadata rule) {
        if (rule.judgesTheAnswer()) {
            return "none: the rule judges the answer recorded after the request, not the request";
        }
        if (rule.httpStatus() == null) {
            return "none";
        }
        return "HTTP " + rule.httpStatus()
                + (rule.spineCode() == null ? "" : ", Spine error code `" + rule.spineCode() + "`")
                + (rule.answerInferred() ? " (inferred: no NEMS page names this case)" : "");
    }

    /** Metadata is plain text (it also goes into SARIF): escape what Markdown would read as markup, keep it on one line. */
    private static String text(String plain) {
        return MARKUP.matcher(LINE_BREAKS.matcher(plain.strip()).replaceAll(" "))
                .replaceAll("\\\\$1");
    }
}
