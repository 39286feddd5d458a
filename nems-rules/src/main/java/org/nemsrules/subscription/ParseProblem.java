package org.nemsrules.subscription;

/**
 * Why a body could not be read as a Subscription, and where.
 *
 * @param requirement the requirement broken: R-HTTP-06 for a body that is not well-formed, R-SUB-02
 *                    for one HAPI rejects as STU3
 * @param path        the FHIR element path concerned, or {@code body}
 * @param line        line in the body (1-based); 0 when unknown
 * @param column      column in the body, or {@code null}
 */
record ParseProblem(String requirement, String path, String message, int line, Integer column) {
    static final String NOT_WELL_FORMED = "R-HTTP-06";
    static final String NOT_STU3 = "R-SUB-02";
}
