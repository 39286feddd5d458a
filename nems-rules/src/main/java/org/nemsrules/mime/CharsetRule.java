package org.nemsrules.mime;

import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.mime.MimeRequest.AcceptEntry;
import org.nemsrules.model.Header;

/** A supported media type declared with a charset other than utf-8. */
public final class CharsetRule implements InteractionRule {
    public static final String ID = "mime.charset";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Media type declares a charset other than utf-8")
            .description("The only charset the eight supported media types carry is utf-8. A Content-Type (on a "
                    + "request with a body) or an Accept entry that names a supported type with another charset "
                    + "(iso-8859-1, utf-16, or 'utf8' without the hyphen, which is not the registered name) is "
                    + "outside the list. The charset value compares case-insensitively and may be quoted, so "
                    + "'UTF-8' and '\"utf-8\"' are fine (mime.non-canonical notes the spelling). A type that is "
                    + "not supported at all is reported by mime.content-type-unsupported or mime.accept-unsupported "
                    + "alone, whatever its charset. A body that is not UTF-8 is reported by "
                    + "recording.invalid-encoding. The answer is that of an unsupported media type, inferred.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-MIME-05")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(415, "UNSUPPORTED_MEDIA_TYPE")
            .fix("Encode the body in UTF-8 and write the charset as 'charset=utf-8', or leave the charset out.")
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
        MimeRequest request = judged.get();
        request.declared().ifPresent(declared -> check(declared.header(), declared.type(), sink));
        for (AcceptEntry entry : request.acceptEntries()) {
            if (entry.range().isAcceptable()) {
                check(entry.header(), entry.range().mediaType(), sink);
            }
        }
    }

    private static void check(Header header, MediaType type, FindingSink sink) {
        // An unsupported type is judged by mime.content-type-unsupported or mime.accept-unsupported alone.
        if (type.supportedType().isEmpty()) {
            return;
        }
        sink.examined();
        if (type.hasListedCharset()) {
            return;
        }
        String charset = type.charset().orElseThrow();
        String hint = charset.equalsIgnoreCase("utf8")
                ? " ('utf8' is not the registered charset name; it is written 'utf-8')"
                : "";
        String name = MimeRequest.fieldName(header);
        sink.report(
                header.line(),
                "header:" + name,
                name + " '" + Echo.of(type.text())
                        + "' declares charset '" + Echo.of(charset) + "', but the only charset NEMS lists is utf-8"
                        + hint
                        + "; send '" + type.supportedType().get().essence() + SupportedMediaType.CHARSET_SUFFIX + "'");
    }
}
