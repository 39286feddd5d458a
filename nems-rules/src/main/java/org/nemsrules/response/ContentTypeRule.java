package org.nemsrules.response;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.mime.AcceptHeader;
import org.nemsrules.mime.BodySyntax;
import org.nemsrules.mime.MediaRange;
import org.nemsrules.mime.MediaType;
import org.nemsrules.mime.SupportedMediaType;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;

/** An answer's body in a type the request did not ask for, or in none of the eight supported types. */
public final class ContentTypeRule implements InteractionRule {
    public static final String ID = "response.content-type";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("An answer's Content-Type is a supported type the request accepts")
            .description("R-HTTP-09 with R-MIME-01 to R-MIME-03: an answer with a body declares one of the eight "
                    + "supported media types, in the syntax the request's Accept asks for (XML or JSON). Without "
                    + "an Accept, NEMS assumes " + SupportedMediaType.ASSUMED_WHEN_MISSING + " for a request with "
                    + "no media type; that it answers a create in the syntax of its body, and other requests in "
                    + "XML, is inferred.")
            .severity(Severity.WARNING)
            .requirements("R-HTTP-09", "R-MIME-01", "R-MIME-02", "R-MIME-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .judgesTheAnswer()
            .reportsExamination()
            .fix("Record NEMS's own answer, or make the stub answer in the type the request's Accept names, e.g. "
                    + "'Content-Type: application/fhir+json;charset=utf-8' for 'Accept: application/fhir+json'.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<RecordedAnswer> found = RecordedAnswer.of(context);
        if (found.isEmpty() || !found.get().hasBody()) {
            return;
        }
        RecordedAnswer answer = found.get();
        sink.examined();
        String said = "the recorded " + answer.status() + " answer to " + answer.request();
        Optional<Header> contentType = answer.header("Content-Type");
        if (contentType.isEmpty()) {
            sink.report(
                    answer.response().line(),
                    "response:header:Content-Type",
                    said + " has a body but no Content-Type; NEMS names one of " + SupportedMediaType.listed());
            return;
        }
        Optional<SupportedMediaType> type =
                MediaType.parse(contentType.get().value()).value().flatMap(MediaType::supportedType);
        if (type.isEmpty()) {
            sink.report(
                    contentType.get().line(),
                    "response:header:Content-Type",
                    said + " declares Content-Type '"
                            + Echo.of(contentType.get().value()) + "', which is none of the supported types "
                            + SupportedMediaType.listed());
            return;
        }
        Expected expected = expected(context.interaction(), answer.kind());
        if (!expected.syntaxes().contains(type.get().syntax())) {
            sink.report(
                    contentType.get().line(),
                    "response:header:Content-Type",
                    said + " is " + type.get().syntax().label() + " ('"
                            + Echo.of(contentType.get().value()) + "'), but " + expected.because());
        }
    }

    /** The syntaxes the request asks its answer in, and why, in words. */
    private record Expected(Set<BodySyntax.Kind> syntaxes, String because) {}

    private static Expected expected(Interaction request, InteractionKind kind) {
        Optional<Header> accept = request.headers().first("Accept");
        if (accept.isPresent()) {
            List<MediaRange> ranges =
                    AcceptHeader.parse(accept.get().value()).value().orElse(List.of());
            Set<BodySyntax.Kind> named = EnumSet.noneOf(BodySyntax.Kind.class);
            for (MediaRange range : ranges) {
                if (range.isAcceptable() && range.isAdmittingWildcard()) {
                    return new Expected(EnumSet.of(BodySyntax.Kind.XML, BodySyntax.Kind.JSON), "");
                }
                if (range.isAcceptable()) {
                    range.namedSupportedType().ifPresent(t -> named.add(t.syntax()));
                }
            }
            if (!named.isEmpty()) {
                return new Expected(
                        named,
                        "the request's Accept '" + Echo.of(accept.get().value()) + "' (line "
                                + accept.get().line() + ") asks for "
                                + (named.size() == 1 ? named.iterator().next().label() : "XML or JSON"));
            }
            // An Accept naming no supported type is the request rules' finding; any syntax is then as good.
            return new Expected(EnumSet.of(BodySyntax.Kind.XML, BodySyntax.Kind.JSON), "");
        }
        if (kind == InteractionKind.CREATE) {
            Optional<BodySyntax.Kind> sent = request.headers()
                    .first("Content-Type")
                    .flatMap(h -> MediaType.parse(h.value()).value())
                    .flatMap(MediaType::declaredSyntax);
            if (sent.isPresent()) {
                return new Expected(
                        EnumSet.of(sent.get()),
                        "the create sent " + sent.get().label() + " and no Accept, so its answer is expected in "
                                + sent.get().label() + " (inferred)");
            }
        }
        return new Expected(
                EnumSet.of(BodySyntax.Kind.XML),
                "the request has no Accept, and NEMS assumes " + SupportedMediaType.ASSUMED_WHEN_MISSING
                        + " where no type is named (inferred for answers)");
    }
}
