package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is, for users: its stable id, what it checks, how serious it is by default, which
 * requirements of the NEMS specification it enforces and what NEMS answers when they are broken.
 * The rule reference, the SARIF rule descriptors and {@code --list-rules} are all generated from
 * this, so they cannot disagree.
 */
public final class RuleMetadata {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");

    private final String id;
    private final String title;
    private final String description;
    private final Severity defaultSeverity;
    private final List<String> requirements;
    private final String specPage;
    private final @Nullable Integer httpStatus;
    private final @Nullable String spineCode;
    private final boolean answerInferred;
    private final String fix;
    private final boolean enabledByDefault;
    private final boolean judgesTheAnswer;
    private final boolean reportsExamination;

    private RuleMetadata(Builder b) {
        this.id = b.id;
        this.title = Objects.requireNonNull(b.title, "title of " + b.id);
        this.description = Objects.requireNonNull(b.description, "description of " + b.id);
        this.defaultSeverity = Objects.requireNonNull(b.severity, "severity of " + b.id);
        this.requirements = List.copyOf(b.requirements);
        this.specPage = b.specPage == null ? "" : b.specPage;
        this.httpStatus = b.httpStatus;
        this.spineCode = b.spineCode;
        this.answerInferred = b.answerInferred;
        this.fix = Objects.requireNonNull(b.fix, "fix of " + b.id);
        this.enabledByDefault = b.enabledByDefault;
        this.judgesTheAnswer = b.judgesTheAnswer;
        this.reportsExamination = b.reportsExamination;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Stable id, {@code <category>.<kebab-name>}; never changes once released. */
    public String id() {
        return id;
    }

    /** The part of the id before the first dot, e.g. {@code jwt}. */
    public String category() {
        return id.substring(0, id.indexOf('.'));
    }

    /** One line: what the rule checks. */
    public String title() {
        return title;
    }

    /** A paragraph: why it matters, and which ambiguity of the specification was decided how. */
    public String description() {
        return description;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Requirement ids from the NEMS requirements digest, most specific first. */
    public List<String> requirements() {
        return requirements;
    }

    /** The specification page the requirement comes from (a URL), or empty. */
    public String specPage() {
        return specPage;
    }

    /** The HTTP status NEMS would most plausibly answer with, or {@code null} when it accepts the request. */
    public @Nullable Integer httpStatus() {
        return httpStatus;
    }

    /** The Spine error code NEMS would most plausibly answer with, or {@code null}. */
    public @Nullable String spineCode() {
        return spineCode;
    }

    /**
     * Whether the predicted answer is inferred: the NEMS pages do not name this case, and the answer is
     * the closest row of the Spine Core error tables (the requirements digest marks it <i>inferred</i>).
     */
    public boolean answerInferred() {
        return answerInferred;
    }

    /** How to fix a finding of this rule. */
    public String fix() {
        return fix;
    }

    /**
     * Whether the rule runs unless configured otherwise. A rule that is off by default (e.g. a hygiene check
     * meant for pre-commit use) runs only when a user turns it on by its id, or enables its whole category.
     */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    /**
     * Whether the rule judges the answer recorded after a request rather than the request: its findings say nothing
     * of what NEMS would answer, so they are left out of the predicted answer ({@code --format operation-outcome},
     * the simulator's answers).
     */
    public boolean judgesTheAnswer() {
        return judgesTheAnswer;
    }

    /**
     * Whether the rule says which requests it examined ({@code FindingSink.examined()}), so that a request it judged
     * clean demonstrates its requirements. Of a rule that does not, only its findings are known: the coverage report
     * calls its requirements "not measured" rather than claim a request demonstrated them.
     */
    public boolean reportsExamination() {
        return reportsExamination;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds metadata; {@link #build()} checks that the id has the documented form. */
    public static final class Builder {
        private final String id;
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable Severity severity;
        private final List<String> requirements = new ArrayList<>();
        private @Nullable String specPage;
        private @Nullable Integer httpStatus;
        private @Nullable String spineCode;
        private boolean answerInferred;
        private @Nullable String fix;
        private boolean enabledByDefault = true;
        private boolean judgesTheAnswer;
        private boolean reportsExamination;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder requirements(String... ids) {
            this.requirements.addAll(List.of(ids));
            return this;
        }

        public Builder specPage(String url) {
            this.specPage = url;
            return this;
        }

        /** The answer the NEMS or Spine Core error pages name for this case: HTTP status and Spine error code. */
        public Builder answer(int httpStatus, String spineCode) {
            this.httpStatus = httpStatus;
            this.spineCode = spineCode;
            this.answerInferred = false;
            return this;
        }

        /** The answer NEMS would most plausibly give where no page names the case (the digest's <i>inferred</i>). */
        public Builder inferredAnswer(int httpStatus, String spineCode) {
            answer(httpStatus, spineCode);
            this.answerInferred = true;
            return this;
        }

        public Builder fix(String fix) {
            this.fix = fix;
            return this;
        }

        /** {@code false} for a rule that runs only when a user turns it on; rules are on by default. */
        public Builder enabledByDefault(boolean enabled) {
            this.enabledByDefault = enabled;
            return this;
        }

        /** For a rule that judges the answer recorded after a request (see {@link RuleMetadata#judgesTheAnswer()}). */
        public Builder judgesTheAnswer() {
            this.judgesTheAnswer = true;
            return this;
        }

        /** For a rule that calls {@code FindingSink.examined()} on every request it judges. */
        public Builder reportsExamination() {
            this.reportsExamination = true;
            return this;
        }

        public RuleMetadata build() {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id '" + id + "' is not of the form <category>.<kebab-name>");
            }
            return new RuleMetadata(this);
        }
    }
}
