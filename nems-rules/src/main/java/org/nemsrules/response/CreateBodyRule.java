package org.nemsrules.response;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionKind;

/** A created subscription answered with a body that is not the deprecation notice the page allows. */
public final class CreateBodyRule implements InteractionRule {
    public static final String ID = "response.create-body";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A created subscription's answer has no body, but for a deprecation notice")
            .description("R-HTTP-09: the 201 Created answer to a create has no body, unless an event type the "
                    + "subscription names is being deprecated; then it holds an OperationOutcome saying so. Any "
                    + "other body (the Subscription echoed back, a message of a stub's own) is not NEMS's answer, "
                    + "and a client that reads it will find nothing there in the real service.")
            .severity(Severity.WARNING)
            .requirements("R-HTTP-09")
            .specPage(SpecPages.CREATE)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub answer a create with 201, a Location and no body.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context, InteractionKind.CREATE, 201);
        if (found.isEmpty() || !found.get().response().bodyRecorded()) {
            return;
        }
        sink.examined();
        if (!found.get().hasBody()) {
            return;
        }
        RecordedAnswer answer = found.get();
        AnsweredResource body = AnsweredResource.read(answer.response().body().text());
        if (body.isOperationOutcome()) {
            return;
        }
        sink.report(
                answer.response().body().line() > 0
                        ? answer.response().body().line()
                        : answer.response().line(),
                "response:body",
                "the recorded 201 answer to a create has a body ("
                        + (body.problem().isPresent()
                                ? "not a FHIR resource"
                                : RecordedAnswer.aResource(body.resourceType()))
                        + "); NEMS answers a create with no body, or with an OperationOutcome when an event type "
                        + "is being deprecated");
    }
}
