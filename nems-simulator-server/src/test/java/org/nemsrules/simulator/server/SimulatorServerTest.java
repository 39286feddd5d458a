package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.NemsSimulator;

class SimulatorServerTest {
    @Test
    void createReadDeleteAndReadAgainOverARealSocket() throws Exception {
        try (SimulatorServer server =
                SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start()) {
            Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
            HttpResponse<String> created = SampleRequests.send(server.baseUri(), create);
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(server.baseUri() + "/Subscription/"), location);
            assertEquals("", created.body());
            String id = location.substring(location.lastIndexOf('/') + 1);
            assertTrue(id.matches("[0-9a-f]{32}"), id);

            Interaction read = SampleRequests.of("valid/read.http").get(0);
            String readTarget = URI.create(location).getPath();
            HttpResponse<String> got = SampleRequests.send(server.baseUri(), read, readTarget);
            assertEquals(200, got.statusCode(), got.body());
            assertTrue(got.body().contains("<id value=\"" + id + "\"/>"), got.body());
            assertTrue(got.body().contains("<status value=\"active\"/>"), got.body());

            Interaction delete = SampleRequests.of("valid/delete.http").get(0);
            HttpResponse<String> deleted = SampleRequests.send(server.baseUri(), delete, readTarget);
            assertEquals(200, deleted.statusCode(), deleted.body());
            assertEquals("", deleted.body());

            HttpResponse<String> again = SampleRequests.send(server.baseUri(), read, readTarget);
            assertEquals(404, again.statusCode(), again.body());
            assertTrue(again.body().contains("NO_RECORD_FOUND"), again.body());
            assertEquals(4, server.simulator().exchanges().size());
        }
    }

    @Test
    void aLogThatFailsDoesNotSpoilTheAnswer() throws Exception {
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .onExchange(exchange -> {
                    throw new IllegalStateException("the log is full");
                })
                .start()) {
            Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
            HttpResponse<String> created = SampleRequests.send(server.baseUri(), create, "/STU3/Subscription");
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> got = SampleRequests.send(
                    server.baseUri(),
                    SampleRequests.of("valid/read.http").get(0),
                    URI.create(location).getPath());
            assertEquals(200, got.statusCode(), got.body());
        }
    }
}
