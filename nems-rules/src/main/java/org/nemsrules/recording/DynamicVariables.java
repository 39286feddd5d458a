package org.nemsrules.recording;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of the IDEs' dynamic variables ({@code {{$uuid}}}, {@code {{$timestamp}}}, {@code {{$randomInt 1 9}}}
 * …), fixed rather than random or taken from the clock: a check must give the same findings on every run and every
 * machine, and a time it judges must be the time the run judges by. So every time is the judging instant of the run
 * (or {@link #DEFAULT_INSTANT} when it has none), a random number is the lowest the expression allows, and UUIDs
 * count up within a file. Variables whose value exists only where the request is sent (the process environment, a
 * {@code .env} file, an Azure AD token, random fake data) are not substituted: the answer says why.
 *
 * <p>Names follow IntelliJ's HTTP Client ({@code $uuid}, {@code $random.uuid}, {@code $timestamp},
 * {@code $isoTimestamp}, {@code $randomInt}, {@code $random.integer(from, to)}, {@code $random.float(from, to)},
 * {@code $random.alphabetic(n)}, {@code $random.alphanumeric(n)}, {@code $random.hexadecimal(n)},
 * {@code $random.email}) and VS Code's REST Client ({@code $guid}, {@code $randomInt min max},
 * {@code $timestamp [offset unit]}, {@code $datetime rfc1123|iso8601|"format" [offset unit]},
 * {@code $localDatetime …}, read in UTC, {@code $processEnv}, {@code $dotenv}, {@code $aadToken}).
 */
final class DynamicVariables {
    /** The instant dynamic variables stand for when the run has no judging instant: fixed, so runs agree. */
    static final Instant DEFAULT_INSTANT = Instant.parse("2026-01-05T09:00:00Z");

    private static final Pattern CALL = Pattern.compile("([A-Za-z.]+)\\s*\\(\\s*([^)]*)\\)");
    private static final Pattern DATETIME = Pattern.compile(
            "(rfc1123|iso8601|\"[^\"]*\"|'[^']*')(?:\\s+(-?\\d+)\\s+(ms|[yMwdhms]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("(-?\\d+)\\s+(ms|[yMwdhms])");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    /** Longest random text generated ({@code $random.alphabetic(n)}): a value no real request needs more of. */
    private static final int MAX_LENGTH = 4096;

    private final Instant instant;
    private int uuids;

    DynamicVariables(Instant instant) {
        this.instant = instant;
    }

    /** The value of the expression after {@code $} ({@code "randomInt 1 100"}, {@code "random.uuid"}). */
    VariableValue value(String expression) {
        String e = expression.strip();
        int space = e.indexOf(' ');
        String name = space < 0 ? e : e.substring(0, space);
        String arguments = space < 0 ? "" : e.substring(space + 1).strip();
        Matcher call = CALL.matcher(e);
        if (call.matches()) {
            return call(call.group(1), call.group(2).strip());
        }
        return switch (name) {
            case "uuid", "random.uuid", "guid" -> noArguments(name, arguments, uuid());
            case "timestamp" -> timestamp(arguments);
            case "isoTimestamp" -> noArguments(name, arguments, DateTimeFormatter.ISO_INSTANT.format(instant));
            case "randomInt" -> randomInt(arguments);
            case "random.integer" -> noArguments(name, arguments, "0");
            case "random.float" -> noArguments(name, arguments, "0.0");
            case "random.email" -> noArguments(name, arguments, "user@example.org");
            case "datetime" -> datetime(arguments, false);
            case "localDatetime" -> datetime(arguments, true);
            case "processEnv", "dotenv" ->
                VariableValue.none("reads the " + (name.equals("dotenv") ? "'.env' file" : "process " + "environment")
                        + " of the machine that sends the request; a check reads neither, so that it gives "
                        + "the same answer on every machine and no secret of that machine reaches a report");
            case "aadToken", "aadV2Token" ->
                VariableValue.none("is a token that Azure Active Directory issues when the request "
                        + "is sent, which a check of the recording does not have");
            default ->
                e.startsWith("env.")
                        ? VariableValue.none(
                                "reads the process environment of the machine that sends the request; a check does not, "
                                        + "so that it gives the same answer on every machine and no secret of that machine reaches a "
                                        + "report")
                        : VariableValue.none(
                                "is not a dynamic variable of IntelliJ's HTTP Client or VS Code's REST Client that a "
                                        + "check can fix ($uuid, $timestamp, $isoTimestamp, $randomInt, $random.integer(), $guid, "
                                        + "$datetime, $localDatetime)");
        };
    }

    private VariableValue noArguments(String name, String arguments, String value) {
        return arguments.isEmpty()
                ? VariableValue.of(value)
                : VariableValue.none("takes no arguments; write {{$" + name + "}}");
    }

    private String uuid() {
        // Counting up keeps two UUIDs of one file apart, as random ones would be, and the same on every run.
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", ++uuids);
    }

    private VariableValue call(String name, String arguments) {
        String[] parts = arguments.isEmpty() ? new String[0] : arguments.split("\\s*,\\s*");
        switch (name) {
            case "random.integer", "random.float" -> {
                if (parts.length == 0) {
                    return VariableValue.of(name.equals("random.integer") ? "0" : "0.0");
                }
                if (parts.length != 2
                        || !NUMBER.matcher(parts[0]).matches()
                        || !NUMBER.matcher(parts[1]).matches()) {
                    return VariableValue.none("takes two numbers, e.g. {{$" + name + "(1, 100)}}");
                }
                return VariableValue.of(parts[0]);
            }
            case "random.alphabetic", "random.alphanumeric", "random.hexadecimal" -> {
                if (parts.length != 1 || !INTEGER.matcher(parts[0]).matches()) {
                    return VariableValue.none("takes one length, e.g. {{$" + name + "(10)}}");
                }
                long length = Long.parseLong(parts[0]);
                if (length < 0 || length > MAX_LENGTH) {
                    return VariableValue.none(
                            "asks for " + parts[0] + " characters; at most " + MAX_LENGTH + " are generated");
                }
                return VariableValue.of((name.equals("random.hexadecimal") ? "0" : "a").repeat((int) length));
            }
            default -> {
                return VariableValue.none("is not a dynamic variable of IntelliJ's HTTP Client that a check can fix "
                        + "($random.integer(), $random.float(), $random.alphabetic(), $random.alphanumeric(), "
                        + "$random.hexadecimal())");
            }
        }
    }

    private VariableValue randomInt(String arguments) {
        if (arguments.isEmpty()) {
            return VariableValue.of("0");
        }
        String[] parts = arguments.split("\\s+", -1);
        if (parts.length != 2
                || !INTEGER.matcher(parts[0]).matches()
                || !INTEGER.matcher(parts[1]).matches()) {
            return VariableValue.none("takes a lowest and a highest number, e.g. {{$randomInt 1 100}}");
        }
        return VariableValue.of(parts[0]);
    }

    private VariableValue timestamp(String arguments) {
        if (arguments.isEmpty()) {
            return VariableValue.of(Long.toString(instant.getEpochSecond()));
        }
        Matcher offset = OFFSET.matcher(arguments);
        if (!offset.matches()) {
            return VariableValue.none("takes an offset and a unit, e.g. {{$timestamp -1 d}} (units y M w d h m s ms)");
        }
        return shifted(instant.atZone(ZoneOffset.UTC), offset.group(1), offset.group(2))
                .map(t -> VariableValue.of(Long.toString(t.toEpochSecond())))
                .orElseGet(() -> VariableValue.none("moves the time out of the range of dates"));
    }

    private VariableValue datetime(String arguments, boolean local) {
        Matcher m = DATETIME.matcher(arguments);
        if (!m.matches()) {
            return VariableValue.none(
                    "takes a format (rfc1123, iso8601 or a quoted format) and an optional offset and unit, "
                            + "e.g. {{$datetime iso8601 1 d}}");
        }
        ZonedDateTime start = instant.atZone(ZoneOffset.UTC);
        java.util.Optional<ZonedDateTime> time =
                m.group(2) == null ? java.util.Optional.of(start) : shifted(start, m.group(2), m.group(3));
        if (time.isEmpty()) {
            return VariableValue.none("moves the time out of the range of dates");
        }
        String format = m.group(1);
        if (format.equalsIgnoreCase("rfc1123")) {
            return VariableValue.of(RFC_1123.format(time.get()));
        }
        if (format.equalsIgnoreCase("iso8601")) {
            return VariableValue.of((local ? ISO_OFFSET : ISO_MILLIS).format(time.get()));
        }
        return MomentFormat.format(format.substring(1, format.length() - 1), time.get())
                .map(VariableValue::of)
                .orElseGet(
                        () -> VariableValue.none("uses a format this check does not write; use rfc1123, iso8601 or the "
                                + "tokens YYYY YY MM M DD D HH H hh h mm m ss s SSS A a Z ZZ and [text]"));
    }

    private static java.util.Optional<ZonedDateTime> shifted(ZonedDateTime time, String amount, String unit) {
        try {
            long n = Long.parseLong(amount);
            return java.util.Optional.of(
                    switch (unit) {
                        case "y" -> time.plusYears(n);
                        case "M" -> time.plusMonths(n);
                        case "w" -> time.plusWeeks(n);
                        case "d" -> time.plusDays(n);
                        case "h" -> time.plusHours(n);
                        case "m" -> time.plusMinutes(n);
                        case "s" -> time.plusSeconds(n);
                        default -> time.plus(n, ChronoUnit.MILLIS);
                    });
        } catch (ArithmeticException | java.time.DateTimeException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
