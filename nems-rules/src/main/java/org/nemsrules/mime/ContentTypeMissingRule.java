package org.nemsrules.mime;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A create with an XML body and no Content-Type: NEMS's default reads it, but it should be said. */
public final class ContentTypeMissingRule implements InteractionRule {
    public static final String ID = "mime.content-type-missing";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create has an XML body but no Content-Type")
            .description("When no media type is supplied, NEMS assumes " + SupportedMediaType.ASSUMED_WHEN_MISSING
                    + " (general guidance). An XML body is then read correctly, so this is a warning: the request "
                    + "works only because of the default. A body that is not XML is reported by "
                    + "mime.content-type-missing-json instead; exactly one of the two fires.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-MIME-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Add 'Content-Type: application/fhir+xml;charset=utf-8' (or another XML type of the eight).")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<MimeRequest> judged = MimeRequest.createWithoutContentType(context);
        if (judged.isEmpty()) {
            return;
        }
        BodySyntax body = judged.get().bodySyntax();
        // A body of whitespace only is in neither syntax: neither this rule nor its twin has anything to judge.
        if (body.kind() == BodySyntax.Kind.EMPTY) {
            return;
        }
        sink.examined();
        if (body.kind() == BodySyntax.Kind.XML) {
            sink.report(
                    judged.get().interaction().line(),
                    "request-line",
                    "the create has no Content-Type header, "
                            + "so NEMS assumes '" + SupportedMediaType.ASSUMED_WHEN_MISSING + "'; the body is XML ('"
                            + body.start() + "') and can be read that way, but declare it: add 'Content-Type: "
                            + SupportedMediaType.FHIR_XML.essence() + SupportedMediaType.CHARSET_SUFFIX + "'");
        }
    }
}
