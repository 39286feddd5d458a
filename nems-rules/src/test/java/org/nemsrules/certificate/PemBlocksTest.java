package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PemBlocksTest {
    private static List<PemBlocks.Block> blocks(String text) {
        return PemBlocks.in(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theBlocksAreReadInOrderWhateverTextSurroundsThem() {
        List<PemBlocks.Block> blocks =
                blocks("Bag Attributes\n-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----\n"
                        + "subject=CN = x\n-----BEGIN PRIVATE KEY-----\nBAUG\n-----END PRIVATE KEY-----\ntrailer");
        assertEquals(
                List.of("CERTIFICATE", "PRIVATE KEY"),
                blocks.stream().map(PemBlocks.Block::label).toList());
        assertArrayEquals(new byte[] {1, 2, 3}, blocks.get(0).decoded());
        assertArrayEquals(new byte[] {4, 5, 6}, blocks.get(1).decoded());
    }

    @Test
    void theHeadersOfABlockAreNotPartOfItsBase64() {
        PemBlocks.Block block = blocks("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
                        + "DEK-Info: AES-128-CBC,00FF\n\nAQID\n-----END RSA PRIVATE KEY-----")
                .get(0);
        assertTrue(block.hasHeader("Proc-Type: 4,ENCRYPTED"));
        assertArrayEquals(new byte[] {1, 2, 3}, block.decoded());
    }

    @Test
    void aBlockWithoutItsEndIsSkippedAndTheNextIsRead() {
        List<PemBlocks.Block> blocks = blocks("-----BEGIN CERTIFICATE-----\nAQID\n-----END PRIVATE KEY-----\n"
                + "-----BEGIN X509 CRL-----\nAQID\n-----END X509 CRL-----\n");
        assertEquals(
                List.of("X509 CRL"), blocks.stream().map(PemBlocks.Block::label).toList());
    }

    @Test
    void manyBeginLinesWithoutAnEndAreReadInLinearTime() {
        String text = "-----BEGIN CERTIFICATE-----\n".repeat(150_000) + "-----END PRIVATE KEY-----\n";
        List<PemBlocks.Block> blocks = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> blocks(text));
        assertEquals(List.of(), blocks);
    }

    @Test
    void textWithoutABeginLineIsNoPem() {
        assertFalse(PemBlocks.isPem(new byte[] {0x30, (byte) 0x82, 0x01}));
        assertEquals(List.of(), blocks("-----END CERTIFICATE-----"));
    }
}
