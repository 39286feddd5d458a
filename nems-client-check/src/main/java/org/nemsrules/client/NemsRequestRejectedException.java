package org.nemsrules.client;

import java.io.IOException;

/**
 * Thrown by an adapter in reject mode instead of sending a request with an error. An {@link IOException}, as each
 * client's interceptors may throw one: the client fails the call as it fails any call that could not be sent.
 */
public final class NemsRequestRejectedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient CheckedRequest request;

    NemsRequestRejectedException(String message, CheckedRequest request) {
        super(message);
        this.request = request;
    }

    /** The request that was not sent, with its findings. */
    public CheckedRequest request() {
        return request;
    }
}
