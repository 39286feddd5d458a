package org.nemsrules.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;

/**
 * The media-type side of one request, as the {@code mime.*} rules see it. They judge only the three
 * Subscription API interactions: a bare resource has no headers, and for a request that is no
 * supported interaction (the {@code http.*} rules report it) no page says which media
 * types apply, e.g. a PATCH rightly sends {@code application/json-patch+json}.
 */
final class MimeRequest {
    static final String CONTENT_TYPE = "Content-Type";
    static final String ACCEPT = "Accept";

    private final Interaction interaction;
    private final InteractionKind kind;

    private MimeRequest(Interaction interaction, InteractionKind kind) {
        this.interaction = interaction;
        this.kind = kind;
    }

    /** The request, when the mime rules judge it. */
    static Optional<MimeRequest> of(RuleContext context) {
        Interaction interaction = context.interaction();
        if (!interaction.origin().hasHttpEnvelope() || !context.classification().isSupported()) {
            return Optional.empty();
        }
        return Optional.of(new MimeRequest(interaction, context.classification().kind()));
    }

    /** The request when it is a create with a body and no Content-Type, which NEMS then reads as XML (R-MIME-03). */
    static Optional<MimeRequest> createWithoutContentType(RuleContext context) {
        return of(context)
                .filter(r ->
                        r.isCreate() && r.hasBody() && r.contentTypeHeader().isEmpty());
    }

    Interaction interaction() {
        return interaction;
    }

    boolean isCreate() {
        return kind == InteractionKind.CREATE;
    }

    /** Whether there is a body for a Content-Type to describe; without one, Content-Type is not judged. */
    boolean hasBody() {
        return !interaction.body().isEmpty();
    }

    BodySyntax bodySyntax() {
        return BodySyntax.of(interaction.body());
    }

    /** The Content-Type that counts: the first one, as most servers read a repeated header. */
    Optional<Header> contentTypeHeader() {
        return interaction.headers().first(CONTENT_TYPE);
    }

    List<Header> contentTypeHeaders() {
        return interaction.headers().all(CONTENT_TYPE);
    }

    /** The parsed Content-Type, when the request has a body and a Content-Type that parses. */
    Optional<DeclaredType> declared() {
        if (!hasBody()) {
            return Optional.empty();
        }
        return contentTypeHeader()
                .flatMap(header -> MediaType.parse(header.value()).value().map(type -> new DeclaredType(header, type)));
    }

    /** Every Accept header with its parsed entries (HTTP lets a list header be split over several lines). */
    List<AcceptField> acceptFields() {
        List<AcceptField> fields = new ArrayList<>();
        for (Header header : interaction.headers().all(ACCEPT)) {
            fields.add(new AcceptField(header, AcceptHeader.parse(header.value())));
        }
        return fields;
    }

    /** The Accept entries of all Accept headers, each with its header; empty when any header fails to parse. */
    List<AcceptEntry> acceptEntries() {
        List<AcceptEntry> entries = new ArrayList<>();
        for (AcceptField field : acceptFields()) {
            if (!field.ranges().isValid()) {
                return List.of();
            }
            field.ranges().get().forEach(range -> entries.add(new AcceptEntry(field.header(), range)));
        }
        return entries;
    }

    /** The header's name as the rules write it, whatever case the recording used (R-HDR-09). */
    static String fieldName(Header header) {
        return header.name().equalsIgnoreCase(ACCEPT) ? ACCEPT : CONTENT_TYPE;
    }

    /** A Content-Type header and its parsed value. */
    record DeclaredType(Header header, MediaType type) {}

    /** An Accept header and its parsed value. */
    record AcceptField(Header header, Parsed<List<MediaRange>> ranges) {}

    /** One Accept entry and the header it was written in. */
    record AcceptEntry(Header header, MediaRange range) {}
}
