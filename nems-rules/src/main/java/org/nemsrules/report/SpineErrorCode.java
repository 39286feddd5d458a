package org.nemsrules.report;

import java.util.Arrays;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * The Spine error and warning codes this project predicts, with the display of the NHS code system
 * {@code https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1} (v1.7.0) and the FHIR issue type
 * Spine Core's error-handling page pairs with each code.
 *
 * <p>Our own table of the codes the rules use, not a copy of the code system. Where the error page and the code
 * system disagree (ambiguity 19 of the requirements digest) the code system wins: {@code ACCESS DENIED} is written
 * with a space, as the code system spells it, although rules (and the error page) call it {@code ACCESS_DENIED}.
 *
 * <p>Issue types, from the error page's tables: a bad request, a bad header and a request that does not match its
 * token are {@code invalid}; a body that is not well-formed is {@code structure}; identifier and element values
 * are {@code value}; a bad code is {@code code-invalid}; {@code INVALID_RESOURCE} and {@code INVALID_PARAMETER} are
 * {@code invalid} (the page's row for them, rather than {@code structure}, which it keeps for syntax); ASID and
 * access failures and {@code MSG_RESOURCE_ID_FAIL} are {@code forbidden}; an unsupported media type (the proxy's
 * 415 row) and {@code NOT_IMPLEMENTED} are {@code not-supported}. The event lifecycle codes follow the create
 * page's example: {@code NO_LONGER_SUPPORTED} (and by analogy {@code WITHDRAWN}) is {@code not-supported},
 * {@code DEPRECATED} is {@code informational}. {@code DUPLICATE_REJECTED}, which only the simulator answers with (a
 * second active subscription with the same criteria), is {@code duplicate}.
 */
public enum SpineErrorCode {
    BAD_REQUEST("BAD_REQUEST", "Bad request", IssueType.INVALID),
    MISSING_OR_INVALID_HEADER(
            "MISSING_OR_INVALID_HEADER", "There is a required header missing or invalid", IssueType.INVALID),
    MESSAGE_NOT_WELL_FORMED("MESSAGE_NOT_WELL_FORMED", "Message not well formed", IssueType.STRUCTURE),
    REQUEST_UNMATCHED("REQUEST_UNMATCHED", "Request does not match authorisation token", IssueType.INVALID),
    INVALID_NHS_NUMBER("INVALID_NHS_NUMBER", "Invalid NHS number", IssueType.VALUE),
    INVALID_IDENTIFIER_SYSTEM("INVALID_IDENTIFIER_SYSTEM", "Invalid identifier system", IssueType.VALUE),
    INVALID_IDENTIFIER_VALUE("INVALID_IDENTIFIER_VALUE", "Invalid identifier value", IssueType.VALUE),
    INVALID_CODE_VALUE("INVALID_CODE_VALUE", "Invalid code value", IssueType.CODEINVALID),
    INVALID_ELEMENT("INVALID_ELEMENT", "Invalid element", IssueType.VALUE),
    INVALID_RESOURCE("INVALID_RESOURCE", "Invalid validation of resource", IssueType.INVALID),
    INVALID_PARAMETER("INVALID_PARAMETER", "Invalid parameter", IssueType.INVALID),
    ASID_CHECK_FAILED(
            "ASID_CHECK_FAILED",
            "The sender or receiver's ASID is not authorised for this interaction",
            IssueType.FORBIDDEN),
    ACCESS_DENIED("ACCESS DENIED", "Access has been denied to process this request", IssueType.FORBIDDEN),
    MSG_RESOURCE_ID_FAIL("MSG_RESOURCE_ID_FAIL", "Client is not permitted to assign an id", IssueType.FORBIDDEN),
    NO_RECORD_FOUND("NO_RECORD_FOUND", "No record found", IssueType.NOTFOUND),
    DUPLICATE_REJECTED(
            "DUPLICATE_REJECTED", "Create would lead to creation of a duplicate resource", IssueType.DUPLICATE),
    UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", IssueType.NOTSUPPORTED),
    NOT_IMPLEMENTED("NOT_IMPLEMENTED", "Not implemented", IssueType.NOTSUPPORTED),
    DEPRECATED("DEPRECATED", "Event message type has been deprecated", IssueType.INFORMATIONAL),
    NO_LONGER_SUPPORTED("NO_LONGER_SUPPORTED", "Event message type is no longer supported", IssueType.NOTSUPPORTED),
    WITHDRAWN("WITHDRAWN", "Event message type has been withdrawn", IssueType.NOTSUPPORTED);

    /** The code system every coding names (the digest's ambiguity 19: the code system, not the value set). */
    public static final String SYSTEM = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    private final String code;
    private final String display;
    private final IssueType issueType;

    SpineErrorCode(String code, String display, IssueType issueType) {
        this.code = code;
        this.display = display;
        this.issueType = issueType;
    }

    /** The code as the code system spells it. */
    public String code() {
        return code;
    }

    /** The code system's display for the code. */
    public String display() {
        return display;
    }

    /** The FHIR issue type NEMS would pair with the code. */
    public IssueType issueType() {
        return issueType;
    }

    /**
     * The entry for a code as rules write it (the error page's spelling, e.g. {@code ACCESS_DENIED}) or as the
     * code system writes it ({@code ACCESS DENIED}).
     */
    public static Optional<SpineErrorCode> of(@Nullable String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(c -> c.name().equals(spelling) || c.code.equals(spelling))
                .findFirst();
    }
}
