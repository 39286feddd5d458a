package org.nemsrules.mime;

import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A create with a body that is not XML and no Content-Type: NEMS reads it as XML and fails. */
public final class ContentTypeMissingJsonRule implements InteractionRule {
    public static final String ID = "mime.content-type-missing-json";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create has a JSON (or non-XML) body but no Content-Type")
            .description("When no media type is supplied, NEMS assumes " + SupportedMediaType.ASSUMED_WHEN_MISSING
                    + " (general guidance), so a JSON body, or one that is neither XML nor JSON, is read as XML "
                    + "and fails. An XML body without Content-Type is only a warning, mime.content-type-missing; "
                    + "exactly one of the two fires. The answer is that of a malformed body, inferred.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-MIME-03", "R-MIME-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Add 'Content-Type: application/fhir+json;charset=utf-8' for a JSON body (or send the "
                    + "Subscription as XML with 'Content-Type: application/fhir+xml;charset=utf-8').")
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
        if (body.kind() != BodySyntax.Kind.JSON && body.kind() != BodySyntax.Kind.NEITHER) {
            return;
        }
        String fix = body.kind() == BodySyntax.Kind.JSON
                ? "add 'Content-Type: " + SupportedMediaType.FHIR_JSON.essence() + SupportedMediaType.CHARSET_SUFFIX
                        + "'"
                : "send the Subscription as XML or JSON with a matching Content-Type, "
                        + SupportedMediaType.bothOptions();
        sink.report(
                judged.get().interaction().line(),
                "request-line",
                "the create has no Content-Type header, so "
                        + "NEMS assumes '" + SupportedMediaType.ASSUMED_WHEN_MISSING
                        + "' and reads the body as XML, but it "
                        + "is " + body.describe() + "; " + fix);
    }
}
