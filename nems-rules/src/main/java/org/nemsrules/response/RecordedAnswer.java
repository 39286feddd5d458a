package org.nemsrules.response;

import java.util.Optional;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.model.Header;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.model.RecordedResponse;
import org.nemsrules.report.ReasonPhrase;

/**
 * The answer recorded after a request, with the kind of request it answers: what every {@code response.*} rule
 * starts from. A request without a recorded answer, or one that is not a create, read or delete, gives none: the
 * request rules say what is wrong with such a request, and R-HTTP-09 names the answers to those three only.
 *
 * @param response the recorded response
 * @param kind     create, read or delete
 */
record RecordedAnswer(RecordedResponse response, InteractionKind kind) {
    static Optional<RecordedAnswer> of(RuleContext context) {
        Optional<RecordedResponse> response = context.interaction().response();
        InteractionKind kind = context.interaction().kind();
        if (response.isEmpty() || kind == InteractionKind.UNSUPPORTED) {
            return Optional.empty();
        }
        return Optional.of(new RecordedAnswer(response.get(), kind));
    }

    /** The answer recorded after a request of {@code kind}, when it has {@code status}: a success these rules judge. */
    static Optional<RecordedAnswer> of(RuleContext context, InteractionKind kind, int status) {
        return of(context).filter(a -> a.kind() == kind && a.response().statusCode() == status);
    }

    /** The status as a person reads it: {@code 201 Created}, with the recorded reason, else the standard one. */
    String status() {
        String reason = response.reason().isEmpty() ? ReasonPhrase.of(response.statusCode()) : response.reason();
        return reason.isEmpty() ? Integer.toString(response.statusCode()) : response.statusCode() + " " + reason;
    }

    /** Whether the recording holds a body, and it is not blank. */
    boolean hasBody() {
        return response.bodyRecorded() && !response.body().text().isBlank();
    }

    /** {@code a Subscription}, {@code an OperationOutcome}: a resource type with its article. */
    static String aResource(String type) {
        return ("AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    Optional<Header> header(String name) {
        return response.headers().first(name);
    }

    /** The request as the pages name it: "a create", "a read", "a delete". */
    String request() {
        return switch (kind) {
            case CREATE -> "a create";
            case READ -> "a read";
            case DELETE -> "a delete";
            case UNSUPPORTED -> "a request";
        };
    }

    /** The status R-HTTP-09 gives this kind of request's success: 201 for a create, 200 for a read or delete. */
    int successStatus() {
        return kind == InteractionKind.CREATE ? 201 : 200;
    }
}
