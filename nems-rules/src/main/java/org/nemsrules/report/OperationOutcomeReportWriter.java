package org.nemsrules.report;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;
import org.hl7.fhir.dstu3.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.jspecify.annotations.Nullable;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Interaction;

/**
 * What NEMS would most plausibly answer to each recorded request: the HTTP status and the FHIR STU3
 * {@code OperationOutcome}, built with HAPI's STU3 model and serialised by HAPI.
 *
 * <p>The document is JSON, not a FHIR Bundle: a {@code collection} Bundle could not say which file and request
 * each outcome answers, nor the status, without extensions of our own invention, while a plain envelope keeps
 * every {@code operationOutcome} exactly the resource NEMS would send, ready to compare with a real answer. Each
 * element of {@code outcomes} names the file, the request's index and label, and the predicted status;
 * findings about a file as a whole (e.g. it could not be read) get an element of their own with no request and
 * no status, since NEMS would never have seen a request.
 *
 * <p>The status is decided by error findings only: the first error, in the order a server checks a request, that
 * predicts a status of 400 or more. That order is the request line (routing: method and path), then the headers,
 * then the token in {@code Authorization}, then the body, and within each the file's order. An error that
 * predicts no status still means a rejection, {@code 400 Bad Request}. A request with no error is predicted to
 * succeed: {@code 201 Created} for a create (also for a bare resource, read as one), {@code 200 OK} for read and
 * delete. A request without findings has no {@code operationOutcome}: NEMS answers a create with no body and a
 * read with the Subscription. Issues are ordered errors first, so the first issue is the one that decided the
 * status; NEMS itself stops at the first fault, we list every one.
 *
 * <p>Each outcome carries {@code meta.tag} {@code predicted} (system: this format's section of the docs), so that
 * a copy taken out of the report still says it is a prediction and not an answer from NEMS. Where the rule's
 * answer is inferred (the NEMS pages do not name the case), the issue's diagnostics say so.
 */
public final class OperationOutcomeReportWriter implements ReportWriter {
    static final String PREDICTION_CODE = "predicted";
    static final String PREDICTION_DISPLAY = "Predicted by nems-check from a recorded request; not an answer from NEMS";
    static final String INFERRED_NOTE = " The status and Spine code are inferred: no NEMS page names this case.";

    /** Most severe first; within a severity, in the order a server checks a request. */
    static final Comparator<Finding> CHECKING_ORDER = Comparator.comparing((Finding f) -> f.severity())
            .thenComparingInt(OperationOutcomeReportWriter::stage)
            .thenComparingInt(f -> f.location().line());

    private final ToolInfo tool;
    private final FhirContext fhir = FhirContext.forDstu3Cached();
    private final ObjectMapper mapper = new ObjectMapper();

    public OperationOutcomeReportWriter(ToolInfo tool) {
        this.tool = tool;
    }

    /** One element of the document: the predicted answer to one request, or the findings about a file. */
    record Prediction(
            String file,
            @Nullable Integer interaction,
            @Nullable String request,
            @Nullable Integer httpStatus,
            Optional<OperationOutcome> outcome) {}

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, RuleMetadata> rules =
                report.rules().stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a));
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            JsonReportWriter.begin(json, tool);
            json.writeArrayFieldStart("outcomes");
            for (FileResult file : report.files()) {
                for (Prediction p : predictions(file, rules)) {
                    write(json, p);
                }
            }
            json.writeEndArray();
            // The run's notes belong to the envelope: NEMS would not say what our run could not check.
            JsonReportWriter.notes(json, report);
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** The predictions for one file: its file-level findings first, if any, then one per request in order. */
    List<Prediction> predictions(FileResult file, Map<String, RuleMetadata> rules) {
        int requests = file.interactions().size();
        // A finding on the answer recorded after a request is no part of the answer NEMS would give to it.
        List<Finding> aboutRequests = file.findings().stream()
                .filter(f ->
                        rules.get(f.ruleId()) == null || !rules.get(f.ruleId()).judgesTheAnswer())
                .toList();
        List<Finding> fileLevel = aboutRequests.stream()
                .filter(f -> f.location().interaction() < 0 || f.location().interaction() >= requests)
                .toList();
        List<Prediction> predictions = new ArrayList<>();
        if (!fileLevel.isEmpty()) {
            predictions.add(new Prediction(file.path(), null, null, null, Optional.of(outcome(fileLevel, rules))));
        }
        for (int i = 0; i < requests; i++) {
            int index = i;
            List<Finding> findings = aboutRequests.stream()
                    .filter(f -> f.location().interaction() == index)
                    .toList();
            String label = file.interactions().get(i);
            predictions.add(new Prediction(
                    file.path(),
                    i,
                    label,
                    status(label, findings),
                    findings.isEmpty() ? Optional.empty() : Optional.of(outcome(findings, rules))));
        }
        return predictions;
    }

    /**
     * The HTTP status predicted for one request with these findings: the status of its first error in checking
     * order, 400 for an error that predicts none, else the success status of the request labelled {@code label}
     * (see {@link Interaction#label()}). The simulator answers with this too.
     */
    public static int status(String label, List<Finding> findings) {
        List<Finding> errors = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .sorted(CHECKING_ORDER)
                .toList();
        if (!errors.isEmpty()) {
            return errors.stream()
                    .map(Finding::httpStatus)
                    .filter(s -> s != null && s >= 400)
                    .findFirst()
                    .orElse(400);
        }
        return label.equals(Interaction.BARE_RESOURCE_LABEL) || label.startsWith("POST ") ? 201 : 200;
    }

    /** Where in a server's checking a finding's fault would be met: request line, headers, token, body. */
    static int stage(Finding f) {
        String path = f.location().path();
        if (path.equals("request-line")) {
            return 0;
        }
        if (path.startsWith("header:")) {
            return 1;
        }
        return path.startsWith("jwt.") ? 2 : 3;
    }

    /** {@code 400 Bad Request}: the status line NEMS would send, for people reading the report. */
    static String statusLine(int status) {
        String reason = ReasonPhrase.of(status);
        return reason.isEmpty() ? Integer.toString(status) : status + " " + reason;
    }

    /**
     * The {@code OperationOutcome} predicted for these findings: one issue per finding, most severe first, tagged
     * as a prediction. The simulator answers with this too.
     *
     * @param rules the metadata of the rules that made the findings, by rule id (for the note on inferred answers)
     */
    public OperationOutcome outcome(List<Finding> findings, Map<String, RuleMetadata> rules) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.getMeta()
                .addTag()
                .setSystem(tool.docsUrl() + "reports.md#operation-outcome")
                .setCode(PREDICTION_CODE)
                .setDisplay(PREDICTION_DISPLAY);
        findings.stream().sorted(CHECKING_ORDER).forEach(f -> outcome.addIssue(issue(f, rules.get(f.ruleId()))));
        return outcome;
    }

    /**
     * The {@code OperationOutcome} as NEMS would send it, for the simulator: {@link #outcome} of the findings NEMS
     * would answer with. Spine-OperationOutcome-1 gives every issue a Spine code ({@code issue.details} 1..1), so a
     * warning or information without one is our advice, not NEMS's, and is left out (it stays in the findings and the
     * report); an error without one is answered as the {@code 400} it predicts, {@code BAD_REQUEST}.
     */
    public OperationOutcome answer(List<Finding> findings, Map<String, RuleMetadata> rules) {
        List<Finding> sent = findings.stream()
                .filter(f -> f.spineCode() != null || f.severity() == Severity.ERROR)
                .map(f -> f.spineCode() != null
                        ? f
                        : new Finding(
                                f.ruleId(),
                                f.severity(),
                                f.message(),
                                f.location(),
                                f.requirement(),
                                f.httpStatus(),
                                SpineErrorCode.BAD_REQUEST.code()))
                .toList();
        return outcome(sent, rules);
    }

    static OperationOutcomeIssueComponent issue(Finding f, @Nullable RuleMetadata rule) {
        OperationOutcomeIssueComponent issue = new OperationOutcomeIssueComponent();
        issue.setSeverity(
                switch (f.severity()) {
                    case ERROR -> IssueSeverity.ERROR;
                    case WARNING -> IssueSeverity.WARNING;
                    case INFO -> IssueSeverity.INFORMATION;
                });
        Optional<SpineErrorCode> code = SpineErrorCode.of(f.spineCode());
        // A finding NEMS would not answer with a Spine code is our advice, not NEMS's: a plain type, no coding.
        issue.setCode(code.map(SpineErrorCode::issueType)
                .orElse(f.severity() == Severity.INFO ? IssueType.INFORMATIONAL : IssueType.INVALID));
        if (code.isPresent()) {
            issue.setDetails(new CodeableConcept()
                    .addCoding(new org.hl7.fhir.dstu3.model.Coding(
                            SpineErrorCode.SYSTEM, code.get().code(), code.get().display())));
        } else if (f.spineCode() != null) {
            // A code from a rule outside the built-in catalogue: named as given, with no display we could vouch for.
            issue.setDetails(new CodeableConcept()
                    .addCoding(new org.hl7.fhir.dstu3.model.Coding()
                            .setSystem(SpineErrorCode.SYSTEM)
                            .setCode(f.spineCode())));
        }
        issue.setDiagnostics(diagnostics(f, rule));
        IssueLocation.of(f.location().path()).ifPresent(issue::addLocation);
        return issue;
    }

    /** {@code message [rule-id, R-XXX-nn, at path]}, and a note when the answer is inferred. */
    static String diagnostics(Finding f, @Nullable RuleMetadata rule) {
        List<String> context = new ArrayList<>();
        context.add(f.ruleId());
        if (!f.requirement().isEmpty()) {
            context.add(f.requirement());
        }
        if (!f.location().path().isEmpty()) {
            context.add("at " + f.location().path());
        }
        boolean inferred = rule != null && rule.answerInferred() && (f.httpStatus() != null || f.spineCode() != null);
        return f.message() + " [" + String.join(", ", context) + "]" + (inferred ? INFERRED_NOTE : "");
    }

    private void write(JsonGenerator json, Prediction p) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", p.file());
        nullable(json, "interaction", p.interaction());
        if (p.request() == null) {
            json.writeNullField("request");
        } else {
            json.writeStringField("request", p.request());
        }
        nullable(json, "httpStatus", p.httpStatus());
        if (p.httpStatus() == null) {
            json.writeNullField("status");
        } else {
            json.writeStringField("status", statusLine(p.httpStatus()));
        }
        json.writeFieldName("operationOutcome");
        if (p.outcome().isEmpty()) {
            json.writeNull();
        } else {
            json.writeTree(mapper.readTree(
                    fhir.newJsonParser().encodeResourceToString(p.outcome().get())));
        }
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, String name, @Nullable Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
