package org.nemsrules.response;

import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.InteractionKind;

/** A created subscription answered without a Location naming it. */
public final class CreateLocationRule implements InteractionRule {
    public static final String ID = "response.create-location";

    /** {@code .../Subscription/<id>}, optionally with {@code /_history/<version>}: a FHIR id is 1 to 64 of these. */
    private static final Pattern SUBSCRIPTION_ID =
            Pattern.compile("(^|/)Subscription/[A-Za-z0-9\\-.]{1,64}(/_history/[A-Za-z0-9\\-.]{1,64})?/?$");

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A created subscription's answer has a Location naming it")
            .description("R-HTTP-09: the 201 Created answer to a create carries a Location header holding the new "
                    + "subscription's id (…/STU3/Subscription/<id>); a client reads or deletes the subscription "
                    + "by it. An answer without one, or with one that names no Subscription id, did not come "
                    + "from NEMS.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-09")
            .specPage(SpecPages.CREATE)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub that answered give 'Location: "
                    + "https://<host>/STU3/Subscription/<id>'.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context, InteractionKind.CREATE, 201);
        if (found.isEmpty()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        Optional<Header> location = answer.header("Location");
        if (location.isEmpty() || location.get().value().isBlank()) {
            sink.report(
                    answer.response().line(),
                    "response:header:Location",
                    "the recorded 201 answer to a create has no Location header; NEMS gives the new subscription's "
                            + "address in it, e.g. 'Location: https://clinicals.spineservices.nhs.uk/STU3/"
                            + "Subscription/<id>'");
            return;
        }
        String value = location.get().value().strip();
        String path = value.replaceFirst("[?#].*$", "");
        if (!SUBSCRIPTION_ID.matcher(path).find()) {
            sink.report(
                    location.get().line(),
                    "response:header:Location",
                    "the recorded 201 answer's Location '" + Echo.of(value) + "' names no Subscription id; "
                            + "expected '…/Subscription/<id>', the id being 1 to 64 letters, digits, '-' or '.'");
        }
    }
}
