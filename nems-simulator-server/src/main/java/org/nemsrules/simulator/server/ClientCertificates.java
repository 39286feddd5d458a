package org.nemsrules.simulator.server;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/** The subject of the client's TLS certificate, when the request came over TLS with one. */
final class ClientCertificates {
    private ClientCertificates() {}

    static Optional<String> subject(Request request) {
        // Set by Jetty's SecureRequestCustomizer on a TLS connection.
        if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData ssl)
                || ssl.peerCertificates() == null
                || ssl.peerCertificates().length == 0) {
            return Optional.empty();
        }
        X509Certificate first = ssl.peerCertificates()[0];
        return Optional.of(first.getSubjectX500Principal().getName());
    }
}
