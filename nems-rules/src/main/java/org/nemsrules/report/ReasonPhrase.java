package org.nemsrules.report;

/**
 * The reason phrase of an HTTP status, as RFC 7231 words it, for the statuses NEMS answers with or the simulator
 * gives: {@code Created} for 201. Empty for any other status.
 */
public final class ReasonPhrase {
    private ReasonPhrase() {}

    public static String of(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            default -> "";
        };
    }
}
