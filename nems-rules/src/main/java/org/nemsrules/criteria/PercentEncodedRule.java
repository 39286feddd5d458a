package org.nemsrules.criteria;

import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A percent-encoded criteria string, which the specification writes unencoded (ambiguity 15). */
public final class PercentEncodedRule extends CriteriaProblemRule {
    public static final String ID = "criteria.percent-encoded";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria is percent-encoded where the specification writes it unencoded")
            .description("The create page writes the criteria unencoded, e.g. "
                    + "'Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919' with a raw '|'. "
                    + "URL-encoding libraries write '%7C' for '|' and '%3A%2F%2F' for '://'. The validator "
                    + "decodes the parameters before checking them, so the criteria is judged as meant; this "
                    + "information says the written form differs from the specification's (ambiguity 15 of the "
                    + "requirements digest).")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-CRIT-11")
            .specPage(SpecPages.CREATE)
            .fix("Write the criteria without percent-encoding; in XML, escape only '&' as '&amp;'.")
            .build();

    public PercentEncodedRule() {
        super(METADATA, Kind.PERCENT_ENCODED);
    }
}
