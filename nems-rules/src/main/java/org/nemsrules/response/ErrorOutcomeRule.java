package org.nemsrules.response;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An error answered without a Spine OperationOutcome whose code is in the Spine ErrorOrWarningCode system. */
public final class ErrorOutcomeRule implements InteractionRule {
    public static final String ID = "response.error-outcome";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("An error is answered with a Spine OperationOutcome")
            .description("R-HTTP-09 and the Spine Core error handling page: NEMS answers an error with an HTTP error "
                    + "status and a Spine OperationOutcome, each issue's details coded in the Spine "
                    + "ErrorOrWarningCode system (" + SpineCodeSystem.URL + "). A client decides what to do from "
                    + "that code; an error answer without it (an empty body, an HTML page, another code system) "
                    + "did not come from NEMS, and a client tested against it never meets the codes it must handle.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-09")
            .specPage(SpecPages.ERRORS)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub answer an error with an OperationOutcome whose "
                    + "issue.details.coding has system '" + SpineCodeSystem.URL + "' and a code of that system, "
                    + "such as INVALID_RESOURCE.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context);
        if (found.isEmpty()
                || !found.get().response().isError()
                || !found.get().response().bodyRecorded()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        int line = answer.response().line();
        String said = "the recorded " + answer.status() + " answer to " + answer.request();
        if (!answer.hasBody()) {
            sink.report(
                    line,
                    "response:body",
                    said + " has no body; NEMS answers an error with a Spine "
                            + "OperationOutcome naming a Spine ErrorOrWarningCode");
            return;
        }
        int bodyLine =
                answer.response().body().line() > 0 ? answer.response().body().line() : line;
        AnsweredResource body = AnsweredResource.read(answer.response().body().text());
        if (!body.isOperationOutcome()) {
            sink.report(
                    bodyLine,
                    "response:body",
                    said + " holds "
                            + body.problem()
                                    .map(why -> "a body that is no FHIR resource (" + why + ")")
                                    .orElse(RecordedAnswer.aResource(body.resourceType()))
                            + "; NEMS answers an error with a Spine OperationOutcome");
            return;
        }
        List<AnsweredResource.Coding> spine = body.codings().stream()
                .filter(c -> c.system().equals(SpineCodeSystem.URL))
                .toList();
        if (spine.isEmpty()) {
            sink.report(
                    bodyLine,
                    "response:body",
                    said + " is an OperationOutcome with no issue coded in the Spine ErrorOrWarningCode system"
                            + (body.codings().isEmpty()
                                    ? ""
                                    : " (it names "
                                            + body.codings().stream()
                                                    .map(c -> "'" + Echo.of(c.system()) + "'")
                                                    .distinct()
                                                    .collect(Collectors.joining(", "))
                                            + ")")
                            + "; expected issue.details.coding with system '" + SpineCodeSystem.URL + "'");
            return;
        }
        spine.stream()
                .filter(c -> !SpineCodeSystem.CODES.contains(c.code()))
                .findFirst()
                .ifPresent(c -> sink.report(
                        bodyLine,
                        "response:body",
                        said + " names the code '" + Echo.of(c.code()) + "', which the Spine ErrorOrWarningCode "
                                + "system does not have"));
    }
}
