package org.nemsrules.mime;

import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.mime.MimeRequest.AcceptEntry;

/** An Accept that admits the supported types only through a wildcard, leaving NEMS to choose. */
public final class AcceptWildcardRule implements InteractionRule {
    public static final String ID = "mime.accept-wildcard";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Accept admits the supported types only through a wildcard")
            .description("Accept: */* (or application/*) admits every supported type, so it is allowed. It leaves "
                    + "the choice to NEMS, though. The page documents one default, for requests: when no media type "
                    + "is supplied NEMS assumes " + SupportedMediaType.ASSUMED_WHEN_MISSING + ". That it answers in "
                    + "the same type is likely but inferred. When an entry names a supported type the wildcard does "
                    + "not matter and this rule is silent.")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-MIME-02", "R-MIME-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Name the type you want answers in, e.g. 'Accept: application/fhir+json;charset=utf-8'.")
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
        List<AcceptEntry> entries = judged.get().acceptEntries();
        if (entries.isEmpty()) {
            return; // no Accept, or one that does not parse (mime.accept-unsupported's): no entry to judge
        }
        sink.examined();
        if (entries.stream().anyMatch(e -> e.range().namedSupportedType().isPresent())) {
            return;
        }
        entries.stream()
                .filter(e -> e.range().isAdmittingWildcard())
                .findFirst()
                .ifPresent(wildcard -> sink.report(
                        wildcard.header().line(),
                        "header:" + MimeRequest.ACCEPT,
                        "Accept '"
                                + Echo.of(wildcard.header().value()) + "' names no supported type, only the wildcard '"
                                + Echo.of(wildcard.range().mediaType().essence())
                                + "', so NEMS chooses; the documented default when "
                                + "no type is given is '" + SupportedMediaType.ASSUMED_WHEN_MISSING
                                + "' (for requests), so "
                                + "expect XML answers (inferred); name 'application/fhir+json' if you want JSON"));
    }
}
