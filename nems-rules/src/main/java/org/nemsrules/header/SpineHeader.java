package org.nemsrules.header;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;

/**
 * The three Spine headers every Subscription API request carries (R-HDR-01..03). Names compare
 * case-insensitively, as all HTTP field names do (R-HDR-09); values are compared exactly.
 */
enum SpineHeader {
    FROM_ASID("fromASID", "R-HDR-01", "the ASID of the calling system"),
    TO_ASID("toASID", "R-HDR-02", "the ASID of the NEMS service"),
    INTERACTION_ID("InteractionID", "R-HDR-03", "the URN of the interaction");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    private final String fieldName;
    private final String requirement;
    private final String purpose;

    SpineHeader(String fieldName, String requirement, String purpose) {
        this.fieldName = fieldName;
        this.requirement = requirement;
        this.purpose = purpose;
    }

    String fieldName() {
        return fieldName;
    }

    /** The requirement that makes this header mandatory. */
    String requirement() {
        return requirement;
    }

    /** What the header says, for messages. */
    String purpose() {
        return purpose;
    }

    /** The logical path of findings about this header. */
    String path() {
        return "header:" + fieldName;
    }

    boolean holdsAsid() {
        return this != INTERACTION_ID;
    }

    List<Header> fields(Interaction interaction) {
        return interaction.headers().all(fieldName);
    }

    /**
     * A field whose name is this header's with other punctuation or a prefix ({@code from-asid},
     * {@code from_ASID}, {@code X-fromASID}): the header meant but not sent, worth naming when it is missing.
     */
    Optional<Header> lookAlike(Interaction interaction) {
        String wanted = letters(fieldName);
        return interaction.headers().all().stream()
                .filter(h -> {
                    String name = letters(h.name());
                    return name.equals(wanted) || name.equals("x" + wanted) || name.equals(wanted + "s");
                })
                .findFirst();
    }

    private static String letters(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
