package org.nemsrules.mime;

import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.mime.MimeRequest.DeclaredType;

/** A body whose real syntax is not the one its supported Content-Type declares. */
public final class BodyMismatchRule implements InteractionRule {
    public static final String ID = "mime.body-mismatch";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Body syntax does not match the declared Content-Type")
            .description("An xml type (application/fhir+xml, application/xml+fhir) takes an XML body and a json "
                    + "type a JSON body. The body's syntax is judged from its first character after a byte order "
                    + "mark and whitespace: '<' is XML, '{' or '[' is JSON, anything else is neither. The 2018 "
                    + "manage-subscription page answered application/json+fhir over an XML body (ambiguity 9): a "
                    + "documentation slip, and a recording doing the same is rightly flagged. Only supported "
                    + "Content-Types are compared; others are reported by mime.content-type-unsupported. The "
                    + "answer is that of a malformed body, inferred.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-MIME-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Declare the type of the body you send: 'application/fhir+xml;charset=utf-8' for XML, "
                    + "'application/fhir+json;charset=utf-8' for JSON.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<MimeRequest> judged = MimeRequest.of(context);
        Optional<DeclaredType> declared = judged.flatMap(MimeRequest::declared);
        if (declared.isEmpty() || declared.get().type().declaredSyntax().isEmpty()) {
            return;
        }
        BodySyntax.Kind expected = declared.get().type().declaredSyntax().get();
        BodySyntax body = judged.get().bodySyntax();
        // A body of whitespace only has no syntax to compare with the declared one.
        if (body.kind() == BodySyntax.Kind.EMPTY) {
            return;
        }
        sink.examined();
        if (body.kind() == expected) {
            return;
        }
        String instead = SupportedMediaType.forSyntax(body.kind())
                .map(t -> "declare it as '" + t.essence() + SupportedMediaType.CHARSET_SUFFIX + "' or send the "
                        + "Subscription as " + expected.label())
                .orElse("send the Subscription as " + expected.label() + ", or as " + otherSyntax(expected)
                        + " with a matching Content-Type");
        sink.report(
                body.line(),
                "body",
                "Content-Type '" + Echo.of(declared.get().header().value()) + "' (line "
                        + declared.get().header().line() + ") declares " + expected.label() + ", but the request has "
                        + body.describe() + "; " + instead);
    }

    private static String otherSyntax(BodySyntax.Kind syntax) {
        return syntax == BodySyntax.Kind.XML ? BodySyntax.Kind.JSON.label() : BodySyntax.Kind.XML.label();
    }
}
