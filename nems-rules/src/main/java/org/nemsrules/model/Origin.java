package org.nemsrules.model;

/** What kind of recording an interaction was read from. */
public enum Origin {
    /** A raw HTTP/1.1 request message in a {@code .http} file. */
    HTTP_FILE,
    /** An entry of a HAR 1.2 archive. */
    HAR,
    /**
     * A bare FHIR resource file, read as the body of a create request. It carries no request
     * line and no headers, so rules about those have nothing to judge and stay silent.
     */
    BARE_RESOURCE,
    /** Built in code, e.g. by a test of the supplier's own client. */
    PROGRAMMATIC;

    /** Whether the recording holds a request line and headers that rules may judge. */
    public boolean hasHttpEnvelope() {
        return this != BARE_RESOURCE;
    }
}
