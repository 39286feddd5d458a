package org.nemsrules.jwt;

import java.util.List;

/** The three {@code reason_for_request} values Spine Core defines (R-JWT-10), of which NEMS subscriptions use one. */
final class ReasonForRequest {
    static final String CLAIM = "reason_for_request";
    static final String PATH = "jwt.claims.reason_for_request";
    static final String DIRECT_CARE = "directcare";
    static final List<String> VALUES = List.of(DIRECT_CARE, "secondaryuses", "patientaccess");

    private ReasonForRequest() {}
}
