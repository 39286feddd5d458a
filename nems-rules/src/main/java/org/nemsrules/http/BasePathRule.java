package org.nemsrules.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.RequestTarget;

/** A full request URL whose path does not end {@code /STU3/Subscription[/{id}]}. */
public final class BasePathRule implements InteractionRule {
    public static final String ID = "http.base-path";
    static final String BASE_SEGMENT = "STU3";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Request URL does not have the base path /STU3")
            .description("Every example in the NEMS pages uses the base https://clinicals.spineservices.nhs.uk/STU3, "
                    + "so a full request URL's path ends /STU3/Subscription or /STU3/Subscription/{id}. Hosts differ "
                    + "between environments and are not judged; only the /STU3 part is, and only as a warning, since "
                    + "no page states it as a requirement. URL paths are case-sensitive, so /stu3 is not /STU3. "
                    + "Only absolute URLs are judged: a request line with a path only may be relative to a base "
                    + "the recording does not show. No NEMS answer is stated; a wrong base most likely reaches no "
                    + "NEMS endpoint at all.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-HTTP-08")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Send the request to [host]/STU3/Subscription (create) or [host]/STU3/Subscription/{id} (read, "
                    + "delete), e.g. https://clinicals.spineservices.nhs.uk/STU3/Subscription.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        if (!context.interaction().origin().hasHttpEnvelope()
                || !context.classification().isSupported()) {
            return;
        }
        Optional<RequestTarget> target =
                RequestTarget.parse(context.interaction().target()).filter(RequestTarget::isAbsolute);
        if (target.isEmpty()) {
            return;
        }
        sink.examined();
        List<String> segments = target.get().segments();
        int resourceAt = segments.lastIndexOf("Subscription");
        String base = resourceAt > 0 ? segments.get(resourceAt - 1) : "";
        if (base.equals(BASE_SEGMENT)) {
            return;
        }
        String path = target.get().path();
        String found = "the request URL's path is '" + Echo.of(path) + "'";
        String expected = "; expected it to end /STU3/Subscription" + (resourceAt < segments.size() - 1 ? "/{id}" : "")
                + ", as in https://clinicals.spineservices.nhs.uk/STU3/Subscription";
        if (base.isEmpty()) {
            sink.report(
                    context.interaction().line(),
                    RequestLineProblem.PATH,
                    found + ", with no base path before /Subscription" + expected);
        } else if (base.toUpperCase(Locale.ROOT).equals(BASE_SEGMENT)) {
            sink.report(
                    context.interaction().line(),
                    RequestLineProblem.PATH,
                    found + ": '/" + Echo.of(base) + "' is not '/STU3', and /STU3 is case-sensitive" + expected);
        } else {
            sink.report(
                    context.interaction().line(),
                    RequestLineProblem.PATH,
                    found + ", with the base path segment '/" + Echo.of(base)
                            + "' before /Subscription instead of '/STU3'"
                            + expected);
        }
    }
}
