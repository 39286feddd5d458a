package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClaimJsonTypeTest {

    @Test
    void aJsonNullIsNamedNull() {
        assertEquals("null", ClaimJsonType.of(null));
    }
}
