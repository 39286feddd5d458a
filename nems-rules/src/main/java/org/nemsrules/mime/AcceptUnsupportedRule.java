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
import org.nemsrules.mime.MimeRequest.AcceptEntry;
import org.nemsrules.mime.MimeRequest.AcceptField;

/** An Accept header that admits none of the eight supported media types, or that cannot be parsed. */
public final class AcceptUnsupportedRule implements InteractionRule {
    public static final String ID = "mime.accept-unsupported";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Accept admits none of the eight supported media types")
            .description("The general guidance lists the eight supported media types without saying whether "
                    + "they apply to requests or responses; read as the types NEMS can answer in, an Accept "
                    + "header, when sent, must admit one of them (the scope is inferred). A list is fine when one "
                    + "entry names a supported type or a wildcard (*/* or application/*) admits one; an entry "
                    + "with q=0 admits nothing. 'text/html, application/json' admits none. A header that is not "
                    + "a valid Accept value is reported too. A supported type with a charset other than utf-8 "
                    + "is left to mime.charset. HTTP would answer 406 Not Acceptable, but the Spine error codes "
                    + "have no such row; the Spine Security Proxy answers media-type faults with 415 and the code "
                    + "UNSUPPORTED_MEDIA_TYPE, so this rule predicts that (inferred).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-MIME-02")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(415, "UNSUPPORTED_MEDIA_TYPE")
            .fix("Send Accept with one of the eight supported types, e.g. 'application/fhir+xml;charset=utf-8' or "
                    + "'application/fhir+json;charset=utf-8', or leave the header out.")
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
        List<AcceptField> fields = judged.get().acceptFields();
        if (fields.isEmpty()) {
            return;
        }
        sink.examined();
        boolean parsed = true;
        for (AcceptField field : fields) {
            if (!field.ranges().isValid()) {
                parsed = false;
                String problem = field.ranges().problem().orElseThrow();
                sink.report(
                        field.header().line(),
                        "header:" + MimeRequest.ACCEPT,
                        "Accept"
                                + quotedUnlessIn(field.header().value(), problem) + " is not a valid Accept value: "
                                + problem
                                + "; send one of the eight supported types, nearest "
                                + SupportedMediaType.suggestionFor(
                                        field.header().value()));
            }
        }
        if (!parsed) {
            return;
        }
        List<AcceptEntry> entries = judged.get().acceptEntries();
        if (entries.stream().anyMatch(e -> e.range().admitsSupported())) {
            return;
        }
        String found = Echo.of(fields.stream().map(f -> f.header().value()).collect(Collectors.joining(", ")));
        String suggestion = entries.stream()
                .map(e -> e.range().mediaType().nearestSupported())
                .flatMap(Optional::stream)
                .findFirst()
                .map(t -> "'" + t.essence() + "'")
                .orElse(SupportedMediaType.bothOptions());
        boolean refused = entries.stream()
                .anyMatch(e -> !e.range().isAcceptable()
                        && (e.range().mediaType().supportedType().isPresent()
                                || e.range().mediaType().isWildcard()));
        sink.report(
                fields.get(0).header().line(),
                "header:" + MimeRequest.ACCEPT,
                "Accept '" + found
                        + "' admits none of the eight supported media types (" + SupportedMediaType.listed() + ")"
                        + (refused ? "; an entry with q=0 means 'not acceptable'" : "")
                        + "; NEMS can answer only in those, so name " + suggestion + " (or leave Accept out)");
    }

    /**
     * The value quoted after a space, but not a long value that the problem quotes already: a message quotes a long
     * value once (a short one stays quoted twice, as the messages always had it).
     */
    static String quotedUnlessIn(String value, String problem) {
        String quoted = "'" + Echo.of(value) + "'";
        return value.length() > Echo.MAX_CHARACTERS && problem.contains(quoted) ? "" : " " + quoted;
    }
}
