package org.nemsrules.client.spring;

import java.util.ArrayList;
import java.util.List;
import org.nemsrules.client.SentRequest;
import org.springframework.http.HttpHeaders;

/** Spring's header fields as the check takes them: each name with each of its values, in the headers' order. */
final class SpringRequests {
    private SpringRequests() {}

    static List<SentRequest.Field> fields(HttpHeaders headers) {
        List<SentRequest.Field> fields = new ArrayList<>();
        headers.forEach((name, values) -> values.forEach(value -> fields.add(new SentRequest.Field(name, value))));
        return fields;
    }
}
