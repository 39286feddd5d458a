package org.nemsrules.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification;
import org.nemsrules.model.InteractionKind;

/** The id in the path of a read or delete is not a FHIR id. */
public final class InvalidIdRule implements InteractionRule {
    public static final String ID = "http.invalid-id";

    static final int MAX_LENGTH = 64;
    private static final Pattern ID_CHAR = Pattern.compile("[A-Za-z0-9.\\-]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{.*}|:\\w+|<.*>");

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Subscription id in the path is not a FHIR id")
            .description("The id in GET and DELETE [base]/Subscription/{id} is a FHIR id: 1 to 64 characters, "
                    + "each a letter, a digit, '-' or '.'. The id is percent-decoded before it is judged. NEMS "
                    + "assigns ids of 32 lower-case hexadecimal characters (e.g. ea0a485187204b49b978bdcf7102388c; "
                    + "the 2018 assets show a hyphenated UUID), but that format is a hint only: any other valid "
                    + "FHIR id is left alone, since NEMS answers an unknown id with 404 NO_RECORD_FOUND rather than "
                    + "a malformed request. A typical fault is a template placeholder such as {id} left in the URL. "
                    + "The answer is inferred from the Spine Core error tables: 400 BAD_REQUEST.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-07")
            .specPage(SpecPages.READ)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Put the id NEMS returned at create (the Location header of its 201 answer) in the path, "
                    + "unchanged.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        InteractionClassification classification = context.classification();
        InteractionKind kind = classification.kind();
        if (!context.interaction().origin().hasHttpEnvelope()
                || (kind != InteractionKind.READ && kind != InteractionKind.DELETE)
                || classification.logicalId().isEmpty()) {
            return;
        }
        sink.examined();
        String raw = classification.logicalId().get();
        String id = percentDecoded(raw);
        String shown = "'" + Echo.of(raw) + "'" + (id.equals(raw) ? "" : " (decoded '" + Echo.of(id) + "')");
        String fault = fault(id);
        if (fault != null) {
            sink.report(
                    context.interaction().line(),
                    RequestLineProblem.PATH,
                    "the subscription id in the path, "
                            + shown + ", " + fault + "; expected a FHIR id of 1 to " + MAX_LENGTH + " letters, digits, "
                            + "'-' and '.' such as the 32 lower-case hex characters NEMS assigns "
                            + "(e.g. ea0a485187204b49b978bdcf7102388c)");
        }
    }

    /** What is wrong with a decoded id, or {@code null} when it is a FHIR id. */
    static String fault(String id) {
        Set<String> bad = id.codePoints()
                .mapToObj(Character::toString)
                .filter(c -> !ID_CHAR.matcher(c).matches())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!bad.isEmpty()) {
            String placeholder = PLACEHOLDER.matcher(id).matches()
                    ? " (it looks like a template placeholder that " + "was never filled in)"
                    : "";
            return "contains " + Echo.of(bad.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")))
                    + ", which a FHIR id may not" + placeholder;
        }
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            return "is " + length + " characters long, more than the " + MAX_LENGTH + " a FHIR id may have";
        }
        return null;
    }

    /**
     * The id with {@code %XX} escapes decoded as UTF-8. A '%' that starts no escape is kept, so it is then
     * reported as a character a FHIR id may not contain. Unlike form decoding, '+' stays a '+'.
     */
    static String percentDecoded(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                out.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 3;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                out.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
