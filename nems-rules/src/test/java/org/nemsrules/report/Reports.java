package org.nemsrules.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/** A report built by hand, with every kind of finding the writers must render. */
final class Reports {
    static final ToolInfo TOOL = new ToolInfo("nems-check", "9.8.7-test", "https://example.org/nems/docs/");

    static final String SPACED = "recordings/my subscriptions/create.http";
    static final String UNREADABLE = "recordings/broken.http";
    static final String CLEAN = "recordings/clean.http";

    /** Quotes, markup characters and a control character (BEL) that XML 1.0 does not allow. */
    static final String NASTY = "scope is \"patient/Subscription.write\" <not> 'read' & more\u0007 done";

    static final RuleMetadata SCOPE = rule("jwt.scope-value", Severity.ERROR, "R-JWT-07");
    static final RuleMetadata INTERACTION_ID = rule("header.interaction-id", Severity.WARNING, "R-HDR-03");
    static final RuleMetadata NOTE = rule("subscription.unused-element", Severity.INFO, "R-SUB-14");
    static final RuleMetadata UNREADABLE_FILE = RuleMetadata.builder("recording.unreadable-file")
            .title("File cannot be read")
            .description("The file could not be read.")
            .severity(Severity.ERROR)
            .fix("Make it readable.")
            .build();

    static final Finding SCOPE_ERROR = new Finding(
            "jwt.scope-value",
            Severity.ERROR,
            NASTY,
            new Location(SPACED, 0, 3, null, "jwt.claims.scope"),
            "R-JWT-07",
            400,
            "MISSING_OR_INVALID_HEADER");
    static final Finding FILE_WARNING = new Finding(
            "header.interaction-id",
            Severity.WARNING,
            "the recording as a whole is odd",
            new Location(SPACED, -1, 0, null, ""),
            "",
            null,
            null);
    static final Finding HEADER_WARNING = new Finding(
            "header.interaction-id",
            Severity.WARNING,
            "InteractionID is 'urn:x' <expected SubscriptionsApiGet>",
            new Location(SPACED, 1, 10, 15, "header:InteractionID"),
            "R-HDR-03",
            400,
            "MISSING_OR_INVALID_HEADER");
    static final Finding PAYLOAD_NOTE = new Finding(
            "subscription.unused-element",
            Severity.INFO,
            "channel.payload is ignored & that is fine",
            new Location(SPACED, 1, 12, null, "Subscription.channel.payload"),
            "R-SUB-14",
            null,
            null);
    static final Finding UNREADABLE_ERROR = new Finding(
            "recording.unreadable-file",
            Severity.ERROR,
            "the file could not be read: AccessDenied",
            new Location(UNREADABLE, -1, 0, null, ""),
            "",
            null,
            null);

    private Reports() {}

    static RuleMetadata rule(String id, Severity severity, String requirement) {
        return RuleMetadata.builder(id)
                .title("Title of " + id)
                .description("Description of " + id + " with \"quotes\" & <angles>.")
                .severity(severity)
                .requirements(requirement)
                .answer(400, "MISSING_OR_INVALID_HEADER")
                .fix("Fix for " + id + ".")
                .build();
    }

    /**
     * Three files: one with two requests and findings of every severity plus a file-level one,
     * one that could not be read (no requests, a file-level error), and one clean file.
     */
    /** Run-level notes as the validator writes them: one with characters each format must escape. */
    static final List<String> NOTES = List.of(
            "no supplier configuration (nems-rules.yaml) was given, so 1 check was not possible: config.mailbox",
            "deep validation ran on 2 Subscriptions & said <so> 100% \"done\"");

    /** {@link #sample()} with {@link #NOTES}. */
    static Report sampleWithNotes() {
        Report sample = sample();
        return new Report(sample.files(), sample.rules(), NOTES);
    }

    static Report sample() {
        return new Report(
                List.of(
                        new FileResult(UNREADABLE, List.of(), List.of(UNREADABLE_ERROR)),
                        new FileResult(CLEAN, List.of("DELETE /STU3/Subscription/abc (line 1)"), List.of()),
                        new FileResult(
                                SPACED,
                                List.of("POST /STU3/Subscription (line 1)", "GET /STU3/Subscription/abc (line 9)"),
                                List.of(FILE_WARNING, SCOPE_ERROR, HEADER_WARNING, PAYLOAD_NOTE))),
                List.of(INTERACTION_ID, SCOPE, UNREADABLE_FILE, NOTE));
    }

    static String write(ReportWriter writer, Report report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
