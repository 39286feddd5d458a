package org.nemsrules.response;

import java.util.Set;

/**
 * The codes of the Spine ErrorOrWarningCode code system (version 1), which a Spine {@code OperationOutcome} names in
 * {@code issue.details.coding}: all 45 of them, not only those the rules predict. Written from the code system's
 * published definition; {@code SpineCodeSystemTest} compares it with the official file when it is beside the
 * repository.
 *
 * <p>Contains public sector information licensed under the Open Government Licence v3.0.
 */
final class SpineCodeSystem {
    /** The code system's URL: what {@code coding.system} must be. */
    static final String URL = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    static final Set<String> CODES = Set.of(
            "NO_RECORD_FOUND",
            "PATIENT_NOT_FOUND",
            "INVALID_NHS_NUMBER",
            "INVALID_CODE_SYSTEM",
            "INVALID_CODE_VALUE",
            "INVALID_VALUE",
            "INVALID_IDENTIFIER_SYSTEM",
            "INVALID_IDENTIFIER_VALUE",
            "CONFLICTING_VALUES",
            "INVALID_ELEMENT",
            "AUTHOR_CREDENTIALS_ERROR",
            "INVALID_PARAMETER",
            "REQUEST_UNMATCHED",
            "MESSAGE_NOT_WELL_FORMED",
            "NO_PATIENT_CONSENT",
            "NO_ORGANISATIONAL_CONSENT",
            "BAD_REQUEST",
            "INVALID_RESOURCE",
            "ORGANISATION_NOT_FOUND",
            "PRACTITIONER_NOT_FOUND",
            "PATIENT_SENSITIVE",
            "NO_RELATIONSHIP",
            "FHIR_CONSTRAINT_VIOLATION",
            "FLAG_ALREADY_SET",
            "INVALID_REQUEST_STATE",
            "INVALID_REQUEST_TYPE",
            "ACCESS DENIED",
            "ASID_CHECK_FAILED",
            "MISSING_OR_INVALID_HEADER",
            "ACCESS_DENIED_SSL",
            "MSG_RESOURCE_ID_FAIL",
            "DUPLICATE_REJECTED",
            "RESOURCE_CREATED",
            "RESOURCE_DELETED",
            "RESOURCE_UPDATED",
            "INVALID_REQUEST_MESSAGE",
            "INTERNAL_SERVER_ERROR",
            "INVALID_PATIENT_DEMOGRAPHICS",
            "NOT_IMPLEMENTED",
            "REFERENCE_NOT_FOUND",
            "DEPRECATED",
            "NO_LONGER_SUPPORTED",
            "WITHDRAWN",
            "UNSUPPORTED_MEDIA_TYPE",
            "PRECONDITION_FAILED");

    private SpineCodeSystem() {}
}
