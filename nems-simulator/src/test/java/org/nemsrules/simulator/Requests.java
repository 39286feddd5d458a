package org.nemsrules.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.nemsrules.nhs.NhsNumber;

/** Requests for the tests, made from the shipped valid samples and changed one thing at a time. */
final class Requests {
    /** The sample create's NHS number (a test number, modulus 11 valid). */
    static final String SAMPLE_NHS_NUMBER = "9990000018";

    private Requests() {}

    /** The explicit create of valid/create-explicit.http (XML, organisation A99968). */
    static SimulatedRequest create() {
        return Samples.simulated(Samples.first("valid/create-explicit.http"));
    }

    /** The generic create of valid/create-generic.json.http (JSON). */
    static SimulatedRequest createJson() {
        return Samples.simulated(Samples.first("valid/create-generic.json.http"));
    }

    /** The read of valid/read.http, of the subscription {@code id}. */
    static SimulatedRequest read(String id) {
        return withTarget(Samples.simulated(Samples.first("valid/read.http")), id);
    }

    /** The delete of valid/delete.http, of the subscription {@code id}. */
    static SimulatedRequest delete(String id) {
        return withTarget(Samples.simulated(Samples.first("valid/delete.http")), id);
    }

    private static SimulatedRequest withTarget(SimulatedRequest request, String id) {
        String uri = request.uri().toString();
        return new SimulatedRequest(
                request.method(),
                URI.create(uri.substring(0, uri.lastIndexOf('/') + 1) + id),
                request.headers(),
                request.body());
    }

    /** The request with every field {@code name} removed, and one with {@code value} added at the end unless null. */
    static SimulatedRequest withHeader(SimulatedRequest request, String name, String value) {
        List<HeaderField> headers = new ArrayList<>();
        for (HeaderField h : request.headers()) {
            if (!h.name().equalsIgnoreCase(name)) {
                headers.add(h);
            }
        }
        if (value != null) {
            headers.add(new HeaderField(name, value));
        }
        return new SimulatedRequest(request.method(), request.uri(), headers, request.body());
    }

    static SimulatedRequest withBody(SimulatedRequest request, UnaryOperator<String> change) {
        String changed = change.apply(new String(request.body(), StandardCharsets.UTF_8));
        return new SimulatedRequest(
                request.method(), request.uri(), request.headers(), changed.getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its bearer token's claims changed as text (the token is unsecured: alg none). */
    static SimulatedRequest withClaims(SimulatedRequest request, UnaryOperator<String> change) {
        String token = request.header("Authorization").orElseThrow().substring("Bearer ".length());
        String[] parts = token.split("\\.", -1);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(change.apply(claims).getBytes(StandardCharsets.UTF_8));
        List<HeaderField> headers = request.headers().stream()
                .map(h -> h.name().equalsIgnoreCase("Authorization")
                        ? new HeaderField(h.name(), "Bearer " + parts[0] + "." + changed + "." + parts[2])
                        : h)
                .toList();
        return new SimulatedRequest(request.method(), request.uri(), headers, request.body());
    }

    /**
     * A valid NHS number of the 999 test range, a different one for each {@code n} below 500,000: nine digits from
     * {@code 2n}, or from {@code 2n + 1} when those nine give check value 10, and the check digit modulus 11 gives.
     */
    static String nhsNumber(int n) {
        for (int nine = 2 * n; nine <= 2 * n + 1; nine++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = String.format(Locale.ROOT, "999%06d%d", nine, check);
                if (NhsNumber.validate(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("two consecutive nine-digit stems cannot both give check value 10");
    }

    /** The id at the end of a Location. */
    static String idOf(SimulatedResponse response) {
        String location = response.header("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
