package org.nemsrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.server.SimulatorServer;

/**
 * The training run of {@code nems-check serve}'s class data sharing archive, {@code nems-check-serve.jsa}
 * (docs/benchmarks.md): a check of the arguments, as {@code nems-check} would run it, then one request answered by the
 * simulator over a socket, so that the archive holds the classes of the server's start and first answer (Jetty's among
 * them, some 400) beside those of the checks its answers run. A check maps an archive without them
 * ({@code nems-check.jsa}, trained by a check alone): every run pays for the size of the archive it maps. Run by the
 * build and by the distribution's first {@code serve} as {@code java -XX:ArchiveClassesAtExit=… -cp nems-check.jar
 * org.nemsrules.cli.ClassDataSharingTraining ARGS}; exits with the check's code.
 */
final class ClassDataSharingTraining {
    private ClassDataSharingTraining() {}

    public static void main(String[] args) throws IOException {
        int checked = NemsCheck.run(args);
        try (SimulatorServer server =
                SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start()) {
            // One read of an unknown id (404 and an OperationOutcome), sent by hand so that no HTTP client's classes
            // are trained into the archive: the simulator's clients are other processes.
            try (Socket socket = new Socket(server.baseUri().getHost(), server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + SimulatorServer.BASE_PATH + "/Subscription/00000000000000000000000000000000 "
                                + "HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/fhir+xml\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                try (InputStream in = socket.getInputStream()) {
                    in.readAllBytes();
                }
            }
        }
        System.exit(checked);
    }
}
