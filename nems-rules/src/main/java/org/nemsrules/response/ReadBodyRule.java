package org.nemsrules.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.View;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.subscription.SubscriptionBody;

/** A read answered 200 without a Subscription that conforms to EMS-Subscription-1. */
public final class ReadBodyRule implements InteractionRule {
    public static final String ID = "response.read-body";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A read's answer is a Subscription that conforms to EMS-Subscription-1")
            .description("R-HTTP-09: the 200 OK answer to a read holds the Subscription as NEMS keeps it, "
                    + "conforming to EMS-Subscription-1. It is read as a create's body is (the same hardened "
                    + "parser), and held to the elements the profile and STU3 require of it: status, reason, "
                    + "criteria, channel.type (message), channel.endpoint, and a contact with system, value and "
                    + "use; no error and no tag. An answer whose Subscription breaks them did not come from NEMS, "
                    + "or a client tested against it is tested against another service.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-09", "R-SUB-01")
            .specPage(SpecPages.READ)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub answer a read with the Subscription as NEMS holds it "
                    + "(see the EMS-Active-Subscription-Example-1 resource).")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context, InteractionKind.READ, 200);
        if (found.isEmpty() || !found.get().response().bodyRecorded()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        int line = answer.response().body().line() > 0
                ? answer.response().body().line()
                : answer.response().line();
        if (!answer.hasBody()) {
            sink.report(
                    answer.response().line(),
                    "response:body",
                    "the recorded 200 answer to a read has no body; NEMS answers with the Subscription it holds");
            return;
        }
        View<SubscriptionBody> view = SubscriptionBody.readAnswer(
                context.interaction(), answer.response().body());
        if (view.problem().isPresent()) {
            View.Problem problem = view.problem().get();
            sink.report(
                    problem.line() > 0 ? problem.line() : line,
                    problem.column(),
                    "response:body",
                    "the Subscription in the recorded answer to a read cannot be read: " + problem.message());
            return;
        }
        SubscriptionBody body = view.get();
        if (!body.isSubscription()) {
            sink.report(
                    line,
                    "response:body",
                    "the recorded 200 answer to a read holds "
                            + (body.rootName().isEmpty()
                                    ? "no resource type"
                                    : RecordedAnswer.aResource(body.rootName()))
                            + ", not the Subscription that was read");
            return;
        }
        List<String> missing = missing(body.subscription());
        if (!missing.isEmpty()) {
            sink.report(
                    body.position("Subscription").line(),
                    "response:body",
                    "the Subscription in the recorded answer to a read does not conform to EMS-Subscription-1: "
                            + String.join("; ", missing));
        }
    }

    private static List<String> missing(Subscription s) {
        List<String> problems = new ArrayList<>();
        if (s.getStatus() == null) {
            problems.add("no status");
        }
        if (!s.hasReason()) {
            problems.add("no reason");
        }
        if (!s.hasCriteria()) {
            problems.add("no criteria");
        }
        if (!s.hasChannel() || s.getChannel().getType() != Subscription.SubscriptionChannelType.MESSAGE) {
            problems.add("channel.type is not 'message'");
        }
        if (!s.hasChannel() || !s.getChannel().hasEndpoint()) {
            problems.add("no channel.endpoint");
        }
        if (s.getContact().isEmpty()) {
            problems.add("no contact");
        }
        s.getContact().stream()
                .filter(c -> !c.hasSystem() || !c.hasValue() || !c.hasUse())
                .findFirst()
                .ifPresent(c -> problems.add("a contact without its system, value or use"));
        if (s.hasError()) {
            problems.add("an error element, which the profile forbids");
        }
        if (s.hasTag()) {
            problems.add("a tag, which the profile forbids");
        }
        return problems;
    }
}
