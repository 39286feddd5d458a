package org.nemsrules.certificate;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** The endpoint certificate has expired or is not valid yet. */
public final class ValidityRule extends CertificateRule {
    public static final String ID = "certificate.validity";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The endpoint certificate has expired or is not valid yet")
            .description("At the judging instant (--now or judgingInstant, else the clock) the endpoint certificate is "
                    + "past its notAfter date, or before its notBefore date. TLS refuses such a certificate, so Spine "
                    + "refuses the connection before any request is read: the commonest reason a working integration "
                    + "stops on the day it goes live. The finding gives the dates.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Renew the endpoint certificate through the NHS's certificate request process before it expires, "
                    + "and install the new one.")
            .build();

    public ValidityRule() {
        super(METADATA, CertificateProblem.Kind.EXPIRED, CertificateProblem.Kind.NOT_YET_VALID);
    }
}
