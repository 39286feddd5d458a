package org.nemsrules.config;

import java.util.List;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;

/** A {@code toASID} that is not the NEMS ASID of the environment(s) judged against. */
public final class ToAsidRule extends ConfigRule {
    public static final String ID = "config.to-asid";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("toASID is not the NEMS ASID of the judged environment")
            .description("toASID names the NEMS service the request is for, and each Spine environment has its own "
                    + "NEMS ASID (R-HDR-06). The header must hold the nemsAsid of an environment the run judges: "
                    + "those under judge in nems-rules.yaml, or any configured one when judge is not given. A "
                    + "request addressed to another environment's NEMS is refused; the answer is inferred. Silent "
                    + "without a configuration or environments, and for a toASID that is not a well-formed ASID "
                    + "(header.asid-format reports that).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-06")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(403, "ASID_CHECK_FAILED")
            .fix("Send the NEMS ASID of the environment you call in toASID, as configured under environments in "
                    + "nems-rules.yaml.")
            .build();

    public ToAsidRule() {
        super(METADATA);
    }

    @Override
    void check(SupplierConfig config, RuleContext context, FindingSink sink) {
        List<SupplierConfig.Environment> judged = config.judgedEnvironments();
        if (judged.isEmpty()) {
            return;
        }
        Header toAsid = asidHeader(context, TO_ASID).orElse(null);
        if (toAsid == null) {
            return;
        }
        sink.examined();
        String value = toAsid.value().strip();
        if (judged.stream().noneMatch(e -> e.nemsAsid().equals(value))) {
            String expected = String.join(
                    ", ",
                    judged.stream()
                            .map(e -> "'" + e.nemsAsid() + "' (" + e.name() + ")")
                            .toList());
            String elsewhere = config.environments().values().stream()
                    .filter(e -> e.nemsAsid().equals(value))
                    .map(SupplierConfig.Environment::name)
                    .findFirst()
                    .map(name ->
                            ", which is the NEMS ASID of " + name + ", an environment this run " + "does not judge")
                    .orElse("");
            sink.report(
                    toAsid.line(),
                    "header:" + TO_ASID,
                    "toASID is '" + Echo.of(value) + "'" + elsewhere
                            + "; expected "
                            + "the NEMS ASID of "
                            + (judged.size() == 1 ? "the judged environment: " : "a judged environment: ")
                            + expected + " (" + config.fileName() + ")");
        }
    }
}
