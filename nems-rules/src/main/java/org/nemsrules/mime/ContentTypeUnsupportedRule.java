package org.nemsrules.mime;

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
import org.nemsrules.model.Header;

/** A body sent with a Content-Type that is not one of the eight supported media types, or with several. */
public final class ContentTypeUnsupportedRule implements InteractionRule {
    public static final String ID = "mime.content-type-unsupported";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Content-Type is not one of the eight supported media types")
            .description("The general guidance lists exactly eight media types: application/fhir+xml, "
                    + "application/fhir+json, application/xml+fhir and application/json+fhir, each bare or with "
                    + ";charset=utf-8. A request with a body must declare one of them. Common look-alikes such as "
                    + "application/json, application/xml and text/xml are outside the list (ambiguity 16), and so "
                    + "is a value that is not a media type at all. Spellings RFC 9110 treats as the same type "
                    + "(case, spaces around ';', a quoted charset) are accepted and left to mime.non-canonical; a "
                    + "supported type with a charset other than utf-8 is left to mime.charset. The header must be "
                    + "sent once: a repeated Content-Type is reported too. Requests without a body are not judged. "
                    + "The Spine Security Proxy answers an unsupported media type with 415; the Spine code "
                    + "UNSUPPORTED_MEDIA_TYPE is the closest row, inferred.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-MIME-01")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(415, "UNSUPPORTED_MEDIA_TYPE")
            .fix("Send exactly one Content-Type header with one of the eight supported types that matches the body, "
                    + "e.g. 'application/fhir+xml;charset=utf-8' for XML or 'application/fhir+json;charset=utf-8' "
                    + "for JSON.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<MimeRequest> judged = MimeRequest.of(context).filter(MimeRequest::hasBody);
        if (judged.isEmpty()) {
            return;
        }
        MimeRequest request = judged.get();
        List<Header> headers = request.contentTypeHeaders();
        if (headers.isEmpty()) {
            return;
        }
        sink.examined();
        if (headers.size() > 1) {
            String all = headers.stream()
                    .map(h -> "'" + Echo.of(h.value()) + "' (line " + h.line() + ")")
                    .collect(Collectors.joining(", "));
            for (Header repeated : headers.subList(1, headers.size())) {
                sink.report(
                        repeated.line(),
                        "header:" + MimeRequest.CONTENT_TYPE,
                        "Content-Type is sent "
                                + headers.size() + " times: " + all
                                + "; a request declares one media type, so send the "
                                + "header once");
            }
        }
        Header header = headers.get(0);
        Parsed<MediaType> parsed = MediaType.parse(header.value());
        String value = header.value();
        if (!parsed.isValid()) {
            String problem = parsed.problem().orElseThrow();
            sink.report(
                    header.line(),
                    "header:" + MimeRequest.CONTENT_TYPE,
                    "Content-Type"
                            + AcceptUnsupportedRule.quotedUnlessIn(value, problem) + " is not a valid media type: "
                            + problem
                            + "; send one of the eight "
                            + "supported types, nearest " + SupportedMediaType.suggestionFor(value)
                            + bodyAdvice(request, SupportedMediaType.nearest(value)));
            return;
        }
        MediaType type = parsed.get();
        if (type.supportedType().isEmpty()) {
            sink.report(
                    header.line(),
                    "header:" + MimeRequest.CONTENT_TYPE,
                    "Content-Type '" + Echo.of(value)
                            + "' is not one of the eight supported media types (" + SupportedMediaType.listed()
                            + "); use " + SupportedMediaType.suggestionFor(type.essence())
                            + bodyAdvice(request, type.nearestSupported()));
        }
    }

    /** When the body's own syntax points elsewhere than the name of the type, the body wins. */
    private static String bodyAdvice(MimeRequest request, Optional<SupportedMediaType> suggested) {
        BodySyntax body = request.bodySyntax();
        Optional<SupportedMediaType> forBody = SupportedMediaType.forSyntax(body.kind());
        if (forBody.isEmpty() || suggested.map(s -> s.syntax() == body.kind()).orElse(false)) {
            return "";
        }
        return "; the body is " + body.kind().label() + " ('" + body.start() + "'), so send '"
                + forBody.get().essence() + "'";
    }
}
