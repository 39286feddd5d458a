package org.nemsrules.response;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.VerdictRule;
import org.nemsrules.report.OperationOutcomeReportWriter;

/**
 * A recorded answer that disagrees with the rules' prediction: a success to a request the rules say NEMS refuses,
 * or a refusal of a request in which they find no error. For someone reading a real trace, the most telling
 * finding: either the recording is not NEMS's answer, or a rule of ours is wrong or missing.
 */
public final class PredictionRule implements VerdictRule {
    public static final String ID = "response.prediction";

    private static final int QUOTED = 160;

    /**
     * The refusals a request can earn by what it says alone: a malformed request (400), a method not allowed (405),
     * a type not acceptable or not supported (406, 415), an unprocessable resource (422). The others depend on what
     * the service holds or knows (404 NO_RECORD_FOUND for a subscription already gone, 409 for a duplicate, 401 and
     * 403 for the registration of the calling system, 5xx for the service itself): no rule can predict them.
     */
    private static final Set<Integer> PREDICTABLE_REFUSALS = Set.of(400, 405, 406, 415, 422);

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The recorded answer agrees with the answer the rules predict")
            .description("R-HTTP-09: NEMS answers a request it accepts with a success, and one it refuses with an "
                    + "error. The rules predict which (an error finding is a predicted refusal; --format "
                    + "operation-outcome writes the prediction). A recorded success where they "
                    + "predict a refusal, or a recorded refusal that a request earns by what it says (400, 405, 406, 415, 422) where "
                    + "they find no error, is a disagreement "
                    + "between the recording and the prediction; the finding names both. Either the answer did "
                    + "not come from NEMS (a stub, a mock, another environment), or a rule of ours is wrong or "
                    + "missing: please report the second.")
            .severity(Severity.WARNING)
            .requirements("R-HTTP-09")
            .specPage(SpecPages.ERRORS)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Compare the answer with the findings on the request: fix the request if the rules are right; if "
                    + "NEMS itself answered so, report it to NEMS Rules with the recording.")
            .build();

    private static String clipped(String message) {
        return message.length() <= QUOTED ? message : message.substring(0, QUOTED) + "\u2026";
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, List<Finding> findings, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context);
        if (found.isEmpty()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        List<Finding> refusals = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .sorted(Comparator.comparingInt(f -> f.location().line()))
                .toList();
        if (answer.response().isSuccess() && !refusals.isEmpty()) {
            int predicted =
                    OperationOutcomeReportWriter.status(context.interaction().label(), refusals);
            Finding first = refusals.stream()
                    .filter(f -> f.httpStatus() != null && f.httpStatus() == predicted)
                    .findFirst()
                    .orElse(refusals.get(0));
            sink.report(
                    answer.response().line(),
                    "response:status",
                    "the recording says NEMS answered " + answer.status() + ", but the rules predict a refusal, "
                            + predicted + (first.spineCode() == null ? "" : " " + first.spineCode()) + ": "
                            + first.ruleId() + " at line " + first.location().line() + " ("
                            + clipped(first.message()) + ")"
                            + (refusals.size() > 1 ? ", and " + (refusals.size() - 1) + " more" : "")
                            + "; either the answer is not NEMS's, or the rule is wrong");
        } else if (PREDICTABLE_REFUSALS.contains(answer.response().statusCode()) && refusals.isEmpty()) {
            String code = answer.hasBody()
                    ? AnsweredResource.read(answer.response().body().text()).codings().stream()
                            .filter(c -> c.system().equals(SpineCodeSystem.URL))
                            .map(c -> " " + Echo.of(c.code()))
                            .findFirst()
                            .orElse("")
                    : "";
            sink.report(
                    answer.response().line(),
                    "response:status",
                    "the recording says NEMS refused this request with " + answer.status() + code + ", but no rule "
                            + "finds an error in it, so the rules predict " + answer.successStatus()
                            + "; either the answer is not NEMS's, or a check is missing");
        }
    }
}
