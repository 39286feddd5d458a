package org.nemsrules.fhir;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.engine.Severity;

/**
 * Turns HAPI's validation messages into {@link DeepValidationMessage}s: drops what is not about the body,
 * merges restatements, and sharpens paths so that a message points at the element it is about.
 *
 * <p>Dropped, and why:
 * <ul>
 *   <li>{@code Validation_VAL_Profile_Unknown}: a {@code meta.profile} naming a profile we do not supply. The
 *       body is always validated against EMS-Subscription-1 whatever it names; whether it names the right
 *       profile is R-SUB-03, an element rule of the default path.</li>
 *   <li>warnings and information that exist only because our offline terminology does not know a code
 *       system ("CodeSystem is unknown and can't be validated", and the preferred or extensible binding
 *       warnings that quote it). Without a terminology server HAPI cannot judge those codes, so the messages
 *       say something about our set-up, not about the body. An <em>error</em> is always kept: required
 *       bindings of EMS-Subscription-1 use only FHIR core code systems, which are all known offline.</li>
 *   <li>{@code Terminology_PassThrough_TX_Message} when another message at the same place quotes it: HAPI
 *       reports a bad code twice, once as the terminology answer and once as the binding failure that
 *       contains that answer.</li>
 * </ul>
 */
final class HapiMessages {
    private static final String PROFILE_UNKNOWN = "Validation_VAL_Profile_Unknown";
    private static final String PASS_THROUGH = "Terminology_PassThrough_TX_Message";
    private static final Set<String> CARDINALITY =
            Set.of("Validation_VAL_Profile_Minimum", "Validation_VAL_Profile_Maximum");
    /** "Subscription.contact.system: minimum required = 1, …": the element the cardinality message is about. */
    private static final Pattern CARDINALITY_SUBJECT =
            Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)+):");
    /** Parser messages name an element the STU3 Subscription does not have (an R4 {@code topic}, a typo). */
    private static final Pattern UNKNOWN_ELEMENT =
            Pattern.compile("^(?:Undefined element|Unrecognized property) '([A-Za-z_][A-Za-z0-9_]*)'");

    private static final Pattern PATH_COMMENT = Pattern.compile("/\\*.*?\\*/");

    private HapiMessages() {}

    static List<DeepValidationMessage> map(List<SingleValidationMessage> messages) {
        List<SingleValidationMessage> relevant =
                messages.stream().filter(m -> !isNoise(m)).toList();
        Set<DeepValidationMessage> kept = new LinkedHashSet<>();
        for (SingleValidationMessage m : relevant) {
            if (isQuotedElsewhere(m, relevant)) {
                continue;
            }
            String id = m.getMessageId() == null ? "" : m.getMessageId();
            String text = String.valueOf(m.getMessage());
            kept.add(new DeepValidationMessage(
                    severity(m.getSeverity()),
                    text,
                    path(m, id, text),
                    orZero(m.getLocationLine()),
                    orZero(m.getLocationCol()),
                    id));
        }
        List<DeepValidationMessage> ordered = new ArrayList<>(kept);
        ordered.sort(
                Comparator.comparingInt(DeepValidationMessage::line).thenComparingInt(DeepValidationMessage::column));
        return ordered;
    }

    private static boolean isNoise(SingleValidationMessage m) {
        if (PROFILE_UNKNOWN.equals(m.getMessageId())) {
            return true;
        }
        boolean belowError =
                m.getSeverity() == ResultSeverityEnum.WARNING || m.getSeverity() == ResultSeverityEnum.INFORMATION;
        String text = String.valueOf(m.getMessage()).toLowerCase(Locale.ROOT);
        return belowError && text.contains("codesystem is unknown");
    }

    @SuppressWarnings("ReferenceEquality") // skips the message itself in the list, not a message equal to it
    private static boolean isQuotedElsewhere(SingleValidationMessage m, List<SingleValidationMessage> all) {
        if (!PASS_THROUGH.equals(m.getMessageId()) || m.getMessage() == null) {
            return false;
        }
        for (SingleValidationMessage other : all) {
            if (other != m
                    && other.getMessage() != null
                    && other.getMessage().contains(m.getMessage())
                    && Objects.equals(other.getLocationString(), m.getLocationString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * HAPI puts a cardinality message on the parent ("Subscription" for a missing contact) and a parser
     * message on an XPath ("/f:Subscription"); both become the dotted path of the element concerned.
     */
    private static String path(SingleValidationMessage m, String id, String text) {
        String location = m.getLocationString() == null ? "" : m.getLocationString();
        location = PATH_COMMENT.matcher(location).replaceAll("");
        if (location.startsWith("/f:")) {
            location = location.substring(3).replace("/f:", ".");
        }
        Matcher unknown = UNKNOWN_ELEMENT.matcher(text);
        if (unknown.find() && !location.isEmpty()) {
            return location + "." + unknown.group(1);
        }
        if (CARDINALITY.contains(id)) {
            Matcher subject = CARDINALITY_SUBJECT.matcher(text);
            if (subject.find()) {
                String element = subject.group(1);
                String child = element.substring(element.lastIndexOf('.') + 1);
                if (!location.isEmpty() && !location.replaceAll("\\[\\d+]", "").equals(element)) {
                    return location + "." + child;
                }
                return location.isEmpty() ? element : location;
            }
        }
        return location;
    }

    private static Severity severity(ResultSeverityEnum hapi) {
        if (hapi == null) {
            return Severity.ERROR;
        }
        return switch (hapi) {
            case FATAL, ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFORMATION -> Severity.INFO;
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
