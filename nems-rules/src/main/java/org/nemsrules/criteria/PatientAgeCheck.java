package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * {@code Patient.age} is {@code lt} or {@code gt} followed by whole years (SearchParameter EMS-PatientAge-1:
 * number, comparators lt and gt only), and two of them form a range that some age falls in (R-CRIT-05; the pair
 * rule is inferred, ambiguity 13, so it is a separate warning).
 */
public final class PatientAgeCheck {
    private static final Pattern AGE = Pattern.compile("(lt|gt)([0-9]+)");
    // DOTALL: a value may hold a line break (a CR decoded from %0D), which '.' would not match, and then there is no
    // group to read.
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z]*)(.*)", Pattern.DOTALL);

    private PatientAgeCheck() {}

    /** A well-formed age: {@code lt} or {@code gt}, and the years. */
    record Age(boolean lessThan, long years, CriteriaParameter parameter) {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        List<Age> ages = new ArrayList<>();
        for (CriteriaParameter p : criteria.all(Component.PATIENT_AGE)) {
            if (p.value().isEmpty()) {
                continue;
            }
            Matcher m = AGE.matcher(p.value());
            if (m.matches() && m.group(2).length() <= 4) {
                ages.add(new Age(m.group(1).equals("lt"), Long.parseLong(m.group(2)), p));
            } else {
                problems.add(new CriteriaProblem(
                        Kind.AGE_VALUE,
                        p.valueOffset(),
                        "R-CRIT-05",
                        "Patient.age is '" + Echo.of(p.value()) + "'; " + why(p.value())));
            }
        }
        if (ages.size() == 2) {
            range(ages.get(0), ages.get(1), problems);
        } else if (ages.size() == 1 && ages.get(0).lessThan() && ages.get(0).years() == 0) {
            problems.add(new CriteriaProblem(
                    Kind.AGE_RANGE,
                    ages.get(0).parameter().valueOffset(),
                    "R-CRIT-05",
                    "Patient.age=lt0 matches no patient; expected an age above 0, e.g. lt14"));
        }
        return problems;
    }

    /** How many of the ages are well formed: those a range is made of. */
    static long wellFormed(Criteria criteria) {
        return criteria.all(Component.PATIENT_AGE).stream()
                .map(p -> AGE.matcher(p.value()))
                .filter(m -> m.matches() && m.group(2).length() <= 4)
                .count();
    }

    private static String why(String value) {
        Matcher m = PREFIXED.matcher(value);
        m.matches();
        String prefix = m.group(1);
        String rest = m.group(2);
        String example = "; expected lt or gt followed by whole years, e.g. lt14 or gt60";
        if (prefix.isEmpty()) {
            return "it has no prefix" + example;
        }
        if (prefix.equalsIgnoreCase("lt") || prefix.equalsIgnoreCase("gt")) {
            if (!prefix.equals(prefix.toLowerCase(java.util.Locale.ROOT))) {
                return "the prefix is written '" + Echo.of(prefix) + "'; prefixes are lower case: '"
                        + prefix.toLowerCase(java.util.Locale.ROOT) + Echo.of(rest) + "'";
            }
            return "'" + Echo.of(rest) + "' is not a whole number of years" + example;
        }
        if (List.of("ge", "le", "eq", "ne", "sa", "eb", "ap").contains(prefix)) {
            return "the prefix '" + Echo.of(prefix) + "' is not supported: Patient.age takes only lt and gt "
                    + "(SearchParameter EMS-PatientAge-1)" + example;
        }
        // The message has quoted the value already; a long one is not quoted twice.
        return (value.length() <= Echo.MAX_CHARACTERS ? "'" + value + "'" : "it") + " is not a prefix and whole years"
                + example;
    }

    private static void range(Age a, Age b, List<CriteriaProblem> problems) {
        int offset = b.parameter().valueOffset();
        if (a.lessThan() == b.lessThan()) {
            String prefix = a.lessThan() ? "lt" : "gt";
            problems.add(new CriteriaProblem(
                    Kind.AGE_RANGE,
                    offset,
                    "R-CRIT-05",
                    "Patient.age is given twice with '"
                            + Echo.of(prefix) + "' (" + Echo.of(a.parameter().value()) + ", "
                            + Echo.of(b.parameter().value()) + "); two ages should be one"
                            + " gt and one lt forming a range, e.g. Patient.age=gt5&Patient.age=lt19"));
            return;
        }
        Age above = a.lessThan() ? b : a;
        Age below = a.lessThan() ? a : b;
        // Whole years: gt5&lt6 matches nobody, since an age above 5 and below 6 is not a whole number of years.
        if (below.years() - above.years() < 2) {
            problems.add(new CriteriaProblem(
                    Kind.AGE_RANGE,
                    offset,
                    "R-CRIT-05",
                    "Patient.age gt" + above.years()
                            + " and lt" + below.years() + " form an empty range: no whole age is above " + above.years()
                            + " and below " + below.years()
                            + "; expected gt below lt, e.g. Patient.age=gt5&Patient.age=lt19"));
        }
    }
}
