package org.nemsrules.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The codes {@code Organization.identifier} takes with rule type COUNTRYCODE, exactly as the create page lists them (R-CRIT-08). */
public enum CountryCode {
    ENGLAND("E92000001", "England"),
    WALES("W92000004", "Wales"),
    SCOTLAND("S92000003", "Scotland"),
    NORTHERN_IRELAND("N92000002", "Northern Ireland"),
    CHANNEL_ISLANDS("L93000001", "Channel Islands"),
    ISLE_OF_MAN("M83000003", "Isle of Man");

    private final String code;
    private final String country;

    CountryCode(String code, String country) {
        this.code = code;
        this.country = country;
    }

    public String code() {
        return code;
    }

    public String country() {
        return country;
    }

    public static Optional<CountryCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(CountryCode::code).toList();
    }

    /** The six codes with their countries, for messages: {@code E92000001 (England), …}. */
    public static String listed() {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .map(c -> c.code + " (" + c.country + ")")
                        .toList());
    }
}
