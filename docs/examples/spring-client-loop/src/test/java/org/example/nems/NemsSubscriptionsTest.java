package org.example.nems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nemsrules.client.NemsRequestsExtension;
import org.nemsrules.client.spring.NemsClientHttpRequestInterceptor;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The client's test against the NEMS simulator. The Spring adapter records every request the client sends, under this
 * test's name, in target/nems-recordings; "mvn verify" then judges them with nems:check.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        // The JDK's HTTP client: NEMS Rules brings an Apache HttpClient 5 older than Spring 6.2 takes (docs/adapters.md).
        properties = "spring.http.client.factory=jdk")
class NemsSubscriptionsTest {
    @RegisterExtension
    static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

    @RegisterExtension
    static NemsRequestsExtension requests =
            NemsRequestsExtension.builder().record().failOnErrors(false).build();

    @DynamicPropertySource
    static void nemsBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("nems.base-url", () -> nems.baseUri().toString());
    }

    @TestConfiguration
    static class CheckedClient {
        @Bean
        RestClientCustomizer nemsRules() {
            return builder -> builder.requestInterceptor(new NemsClientHttpRequestInterceptor(requests.check()));
        }
    }

    @Autowired
    NemsSubscriptions subscriptions;

    @Test
    void subscribesAPatient() {
        String id = subscriptions.subscribe("9990000018");

        assertEquals(32, id.length(), id);
        assertEquals(1, nems.simulator().subscriptions().size());
    }
}
