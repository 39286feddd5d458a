package org.nemsrules.mime;

import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;

/** A create in JSON: allowed, but the events the subscription brings will arrive in XML. */
public final class JsonSubscriptionRule implements InteractionRule {
    public static final String ID = "mime.json-subscription";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Subscription is sent in JSON, but event messages arrive in XML")
            .description("Subscriptions may be created in XML or JSON, but NEMS always delivers event messages "
                    + "in XML. A supplier that works in JSON needs an XML reader for the events all the same. Noted "
                    + "once for a create whose body is JSON, or whose Content-Type is a json type over a body that is not XML "
                    + "(a json type over an XML body is left to mime.body-mismatch).")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-MIME-06")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Nothing to change in the request; make sure the receiving system reads XML event messages.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<MimeRequest> judged = MimeRequest.of(context).filter(r -> r.isCreate() && r.hasBody());
        if (judged.isEmpty()) {
            return;
        }
        MimeRequest request = judged.get();
        boolean declaredJson = request.declared()
                .flatMap(d -> d.type().declaredSyntax())
                .map(s -> s == BodySyntax.Kind.JSON)
                .orElse(false);
        BodySyntax.Kind body = request.bodySyntax().kind();
        // A json type over an XML body is a mismatch (mime.body-mismatch), not a supplier working in JSON.
        if (body != BodySyntax.Kind.JSON && !(declaredJson && body != BodySyntax.Kind.XML)) {
            return;
        }
        sink.examined();
        Optional<Header> contentType = request.contentTypeHeader();
        int line = contentType.map(Header::line).orElse(request.interaction().line());
        String path = contentType.isPresent() ? "header:" + MimeRequest.CONTENT_TYPE : "request-line";
        String what = declaredJson ? "declared '" + Echo.of(contentType.get().value()) + "'" : "a JSON body";
        sink.report(
                line,
                path,
                "this subscription is created in JSON (" + what + "), which NEMS accepts, but "
                        + "event messages are always delivered in XML: the receiving system must read XML");
    }
}
