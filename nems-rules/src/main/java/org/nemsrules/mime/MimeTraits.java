package org.nemsrules.mime;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.Trait;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.engine.TraitReader;
import org.nemsrules.model.Header;

/**
 * The format and media types of a request, for the coverage matrix: what a create sends, what a read or delete asks
 * for, and each {@code Content-Type} and {@code Accept} entry as written.
 */
public final class MimeTraits implements TraitReader {
    @Override
    public void read(RuleContext context, Consumer<Trait> out) {
        if (!context.interaction().origin().hasHttpEnvelope()) {
            // A bare resource file is a create body with no request around it.
            syntax(BodySyntax.of(context.interaction().body()).kind()).ifPresent(out);
            return;
        }
        MimeRequest request = MimeRequest.of(context).orElse(null);
        if (request == null) {
            return;
        }
        if (request.isCreate()) {
            syntax(request.bodySyntax().kind()).ifPresent(out);
        } else {
            out.accept(new Trait(Dimension.FORMAT, asked(request).label()));
        }
        for (Header header : request.contentTypeHeaders()) {
            out.accept(Trait.quoted(Dimension.CONTENT_TYPE, header.value()));
        }
        for (MimeRequest.AcceptField field : request.acceptFields()) {
            if (field.ranges().isValid()) {
                field.ranges().get().forEach(range -> out.accept(Trait.quoted(Dimension.ACCEPT, range.toString())));
            } else {
                out.accept(Trait.quoted(Dimension.ACCEPT, field.header().value()));
            }
        }
    }

    /** A create's format: the syntax its body is really in (R-MIME-04 judges whether it is the declared one). */
    private static Optional<Trait> syntax(BodySyntax.Kind kind) {
        return kind == BodySyntax.Kind.XML || kind == BodySyntax.Kind.JSON
                ? Optional.of(new Trait(Dimension.FORMAT, kind.label()))
                : Optional.empty();
    }

    /**
     * The format a read or delete asks its answer in: the syntax of the most wanted supported type its Accept names,
     * or XML, which NEMS answers in when the request names no supported type (R-MIME-03).
     */
    private static BodySyntax.Kind asked(MimeRequest request) {
        return request.acceptEntries().stream()
                .filter(e -> e.range().namedSupportedType().isPresent())
                .max(Comparator.comparing(e -> e.range().weight()))
                .flatMap(e -> e.range().namedSupportedType())
                .map(SupportedMediaType::syntax)
                .orElse(BodySyntax.Kind.XML);
    }
}
