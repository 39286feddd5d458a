package org.nemsrules.subscription;

import java.util.List;

/**
 * What a first, streaming pass learnt about a well-formed body.
 *
 * @param rootName  the root element's local name (XML) or the {@code resourceType} (JSON); empty when
 *                  a JSON object has none
 * @param namespace the root element's namespace URI (XML; empty when it has none), or {@code null} for JSON
 * @param locations where each element starts
 * @param problems  what the scan found wrong that HAPI would silently ignore (XML element text)
 * @param plain     whether every element is plainly FHIR's: in XML, each in the FHIR namespace without a prefix,
 *                  no attribute in a namespace, and no comment (HAPI keeps comments in its model); always for JSON. Only a plain body is read without HAPI's
 *                  parser ({@link DirectSubscriptionReader}).
 */
record BodyScan(
        String rootName, String namespace, ElementLocations locations, List<ParseProblem> problems, boolean plain) {
    static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    /** Bounds that keep hostile bodies from exhausting the stack or the heap. */
    static final int MAX_DEPTH = 64;

    /** A body the scan could not read; the problem says why and where. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ParseProblem problem;

        Unreadable(ParseProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        ParseProblem problem() {
            return problem;
        }
    }
}
