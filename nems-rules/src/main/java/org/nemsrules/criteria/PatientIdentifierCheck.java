package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;
import org.nemsrules.nhs.NhsNumber;

/**
 * {@code Patient.identifier} is {@code http://fhir.nhs.net/Id/nhs-number|<valid NHS number>} (R-CRIT-03, R-NHS-01..03).
 * The naming system and the number are separate faults with separate answers (400 INVALID_IDENTIFIER_SYSTEM,
 * 400 INVALID_NHS_NUMBER), so both are reported when both are wrong.
 */
public final class PatientIdentifierCheck {
    private PatientIdentifierCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.PATIENT_IDENTIFIER)) {
            if (!p.value().isEmpty()) {
                check(p, problems);
            }
        }
        return problems;
    }

    private static void check(CriteriaParameter p, List<CriteriaProblem> problems) {
        String value = p.value();
        int bar = value.indexOf('|');
        if (bar < 0) {
            String hint = NhsNumber.validate(value).isEmpty()
                            || (NhsNumber.validate(value).get().fault() != NhsNumber.Fault.NOT_TEN_DIGITS
                                    && value.length() <= Echo.MAX_CHARACTERS)
                    ? "; expected '" + NhsNumber.SYSTEM + "|" + Echo.of(value) + "'"
                    : "; expected '" + NhsNumber.SYSTEM + "|<NHS number>'";
            problems.add(system(
                    p.valueOffset(),
                    "R-CRIT-03",
                    "Patient.identifier '" + Echo.of(value) + "' has no naming " + "system (no '|')" + hint));
            if (NhsNumber.validate(value)
                    .map(i -> i.fault() != NhsNumber.Fault.NOT_TEN_DIGITS)
                    .orElse(false)) {
                problems.add(number(p.valueOffset(), NhsNumber.validate(value).get()));
            }
            return;
        }
        if (value.indexOf('|', bar + 1) >= 0) {
            problems.add(system(
                    p.offsetInValue(value.indexOf('|', bar + 1)),
                    "R-CRIT-03",
                    "Patient.identifier '" + Echo.of(value) + "' has more than one '|'; expected '" + NhsNumber.SYSTEM
                            + "|<NHS number>'"));
            return;
        }
        String system = value.substring(0, bar);
        String number = value.substring(bar + 1);
        systemProblem(system).ifPresent(message -> problems.add(system(p.valueOffset(), "R-NHS-03", message)));
        if (looksLikeNhsNumberSystem(system)) {
            NhsNumber.validate(number).ifPresent(invalid -> problems.add(number(p.offsetInValue(bar + 1), invalid)));
        }
    }

    /**
     * Whether a Patient.identifier holds a number that {@link #check(Criteria)} judges as an NHS number: ten digits
     * (or nearly) without a system, or the part after the one '|' of a system meant to be the NHS number one.
     */
    static boolean hasNhsNumber(Criteria criteria) {
        for (CriteriaParameter p : criteria.all(Component.PATIENT_IDENTIFIER)) {
            String value = p.value();
            if (value.isEmpty()) {
                continue;
            }
            int bar = value.indexOf('|');
            if (bar < 0
                    ? NhsNumber.validate(value)
                            .map(i -> i.fault() != NhsNumber.Fault.NOT_TEN_DIGITS)
                            .orElse(true)
                    : value.indexOf('|', bar + 1) < 0 && looksLikeNhsNumberSystem(value.substring(0, bar))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> systemProblem(String system) {
        if (system.equals(NhsNumber.SYSTEM)) {
            return Optional.empty();
        }
        String start = "Patient.identifier has the naming system '" + Echo.of(system) + "'";
        String expected = "; expected '" + NhsNumber.SYSTEM + "'";
        if (system.equals(NhsNumber.NEWER_SYSTEM)) {
            return Optional.of(start + ", the NHS NamingSystem's preferred URI used by newer APIs; NEMS writes '"
                    + NhsNumber.SYSTEM + "' and matches it literally (did you mean '" + NhsNumber.SYSTEM + "'?)");
        }
        if (system.strip().equals(NhsNumber.SYSTEM)) {
            return Optional.of(start + ", with whitespace around it" + expected + " with nothing between it and '|'");
        }
        if (looksLikeNhsNumberSystem(system)) {
            return Optional.of(start + expected + " exactly (did you mean '" + NhsNumber.SYSTEM + "'?)");
        }
        return Optional.of(start + expected + ": NEMS subscribes to patients by NHS number only");
    }

    /** The NEMS system, the newer one, or a near miss of either (case, scheme, host, trailing slash, spaces). */
    private static boolean looksLikeNhsNumberSystem(String system) {
        String s = system.strip().toLowerCase(Locale.ROOT);
        return s.endsWith("/id/nhs-number") || s.endsWith("/id/nhs-number/") || s.equals("nhs-number");
    }

    private static CriteriaProblem system(int offset, String requirement, String message) {
        return new CriteriaProblem(Kind.IDENTIFIER_SYSTEM, offset, requirement, message);
    }

    private static CriteriaProblem number(int offset, NhsNumber.Invalid invalid) {
        return new CriteriaProblem(
                Kind.NHS_NUMBER,
                offset,
                invalid.fault().requirement(),
                "the NHS number in Patient.identifier is not valid: " + invalid.message());
    }
}
