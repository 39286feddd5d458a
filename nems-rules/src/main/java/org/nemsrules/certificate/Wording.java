package org.nemsrules.certificate;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import org.nemsrules.engine.Echo;

/** How the messages name certificates, dates and lists, the same way in every message. */
final class Wording {
    private Wording() {}

    /** The file as the registration gives it, which is how the supplier knows it. */
    static String file(Path file) {
        return Echo.of(file.toString());
    }

    /** The subject as RFC 2253 writes it; clipped, since a certificate may carry any subject at all. */
    static String subject(X509Certificate certificate) {
        return Echo.of(certificate.getSubjectX500Principal().getName());
    }

    /** "the certificate CN=… in certs/endpoint.pem": the start of most messages. */
    static String certificateIn(String file, X509Certificate certificate) {
        return "the certificate " + subject(certificate) + " in " + file;
    }

    /** The calendar day in UTC, yyyy-MM-dd: the dates a certificate is read with, whatever the machine's zone. */
    static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** "in 14 days", "in 1 day", "in less than a day". */
    static String timeLeft(Instant now, Instant until) {
        long days = Duration.between(now, until).toDays();
        if (days < 1) {
            return "in less than a day";
        }
        return days == 1 ? "in 1 day" : "in " + days + " days";
    }

    /** 'a', 'b' (or "none"), clipped as one quoted value. */
    static String quoted(Collection<String> values) {
        return values.isEmpty() ? "none" : Echo.of("'" + String.join("', '", values) + "'");
    }
}
