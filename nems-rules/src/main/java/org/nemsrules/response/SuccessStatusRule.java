package org.nemsrules.response;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A success answered with another success status than the page gives: 201 for a create, 200 for a read or delete. */
public final class SuccessStatusRule implements InteractionRule {
    public static final String ID = "response.success-status";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A success is answered 201 (create) or 200 (read, delete)")
            .description("R-HTTP-09: NEMS answers a created subscription with 201 Created, and a read or a delete "
                    + "with 200 OK. A recorded answer with another 2xx status (200 to a create, 204 to a delete) "
                    + "did not come from NEMS, or a client written against it expects an answer NEMS never gives.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-09")
            .specPage(SpecPages.CREATE)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub or mock that answered give 201 to a create and 200 to a "
                    + "read or a delete.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context);
        if (found.isEmpty() || !found.get().response().isSuccess()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        int expected = answer.successStatus();
        if (answer.response().statusCode() != expected) {
            sink.report(
                    answer.response().line(),
                    "response:status",
                    "the recorded answer to " + answer.request() + " is " + answer.status() + "; NEMS answers "
                            + answer.request() + "'s success with " + expected
                            + (expected == 201 ? " Created" : " OK"));
        }
    }
}
