package org.example.nems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nemsrules.simulator.server.junit.NemsBaseUri;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;

/**
 * The client's tests run against the NEMS simulator: it answers as NEMS would, and a test fails when the client
 * sends a request that NEMS would refuse, naming the rule and the requirement it breaks.
 */
class NemsClientTest {
    @RegisterExtension
    static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

    private static NemsClient client(URI base) {
        return new NemsClient(base, "918999198738", "928942012545", "A99968", "A99968OT001", Clock.systemUTC());
    }

    @Test
    void subscribesReadsAndUnsubscribes(@NemsBaseUri URI base) throws Exception {
        NemsClient client = client(base);
        String id = client.subscribe("9990000018");
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertTrue(client.read(id).contains("pds-death-notification-1"));
        client.unsubscribe(id);
        assertThrows(IOException.class, () -> client.read(id), "a deleted subscription is gone");
    }

    @Test
    void theSamePatientTwiceIsADuplicate(@NemsBaseUri URI base) throws Exception {
        NemsClient client = client(base);
        String first = client.subscribe("9990000026");
        IOException second = assertThrows(IOException.class, () -> client.subscribe("9990000026"));
        assertTrue(second.getMessage().contains("409"), second.getMessage());
        client.unsubscribe(first);
        assertEquals(0, nems.simulator().subscriptions().size());
    }
}
