package org.nemsrules.mime;

import java.util.Optional;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.mime.MimeRequest.AcceptEntry;
import org.nemsrules.model.Header;

/** A supported media type written otherwise than as one of the eight strings the page lists. */
public final class NonCanonicalRule implements InteractionRule {
    public static final String ID = "mime.non-canonical";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Supported media type is not written as one of the eight listed strings")
            .description("The page lists the eight media types without spaces, in lower case, with an unquoted "
                    + "charset (e.g. application/fhir+json;charset=utf-8). RFC 9110 makes case, whitespace around "
                    + "';' and a quoted charset irrelevant, so such spellings are accepted (ambiguity 16), with this "
                    + "note naming the listed form; so are a trailing ';' and spaces around '='. A supported type "
                    + "with another parameter, such as fhirVersion=3.0, is not one of the eight strings either; NEMS "
                    + "documents no other parameter, so it is noted here rather than rejected. Applies to the "
                    + "Content-Type of a request with a body and to each acceptable Accept entry (its q weight "
                    + "aside).")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-MIME-01")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Write the media type exactly as the page lists it, e.g. 'application/fhir+json;charset=utf-8'.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Optional<MimeRequest> judged = MimeRequest.of(context);
        if (judged.isEmpty()) {
            return;
        }
        judged.get().declared().ifPresent(declared -> check(declared.header(), declared.type(), sink));
        for (AcceptEntry entry : judged.get().acceptEntries()) {
            if (entry.range().isAcceptable()) {
                check(entry.header(), entry.range().mediaType(), sink);
            }
        }
    }

    private static void check(Header header, MediaType type, FindingSink sink) {
        // Unsupported types and foreign charsets are errors of their own rules, not spelling notes.
        if (type.supportedType().isEmpty() || !type.hasListedCharset()) {
            return;
        }
        sink.examined();
        if (type.isLiteral()) {
            return;
        }
        String literal = type.literalForm().orElseThrow();
        String others = Echo.of(type.otherParameters().stream()
                .map(p -> p.name() + "=" + p.value())
                .collect(Collectors.joining(", ")));
        String why = others.isEmpty()
                ? "it means the same as '" + literal + "' (RFC 9110: case, spaces around ';' and quotes do not "
                        + "matter), but the page lists it only as '" + literal + "'"
                : "NEMS documents no parameter but charset, so '" + others + "' makes it none of the eight strings; "
                        + "the page lists '" + literal + "'";
        String name = MimeRequest.fieldName(header);
        sink.report(header.line(), "header:" + name, name + " '" + Echo.of(type.text()) + "' is accepted: " + why);
    }
}
