package org.nemsrules.certificate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -----BEGIN …-----} blocks of a PEM file. Text between blocks (OpenSSL's "Bag Attributes", comments) is
 * ignored, as OpenSSL ignores it, since files exported from a keystore carry it.
 */
final class PemBlocks {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,64})-----");
    private static final Pattern END = Pattern.compile("-----END ([A-Z0-9 ]{1,64})-----");

    /** Encapsulated headers ("Proc-Type: 4,ENCRYPTED") precede the base64 of a block. */
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[A-Za-z-]+:.*$");

    /** One block: its label ("CERTIFICATE", "RSA PRIVATE KEY") and its body, headers included, as text. */
    record Block(String label, String body) {
        boolean hasHeader(String header) {
            return body.contains(header);
        }

        /** The body's base64 decoded; an {@link IllegalArgumentException} when it is not base64. */
        byte[] decoded() {
            return Base64.getMimeDecoder().decode(HEADER_LINE.matcher(body).replaceAll(""));
        }
    }

    private PemBlocks() {}

    /** Whether the bytes look like PEM at all, whatever their blocks hold. */
    static boolean isPem(byte[] bytes) {
        return text(bytes).contains("-----BEGIN ");
    }

    /**
     * The blocks in file order. The END lines are found first, in one pass, so that a file of many BEGIN lines and no
     * END takes no longer to read than any other file of its size.
     */
    static List<Block> in(byte[] bytes) {
        String text = text(bytes);
        Map<String, TreeSet<Integer>> ends = new HashMap<>();
        Matcher end = END.matcher(text);
        while (end.find()) {
            ends.computeIfAbsent(end.group(1), label -> new TreeSet<>()).add(end.start());
        }
        List<Block> blocks = new ArrayList<>();
        Matcher begin = BEGIN.matcher(text);
        int from = 0;
        while (from < text.length() && begin.find(from)) {
            String label = begin.group(1);
            TreeSet<Integer> endsOfLabel = ends.get(label);
            Integer endOfBlock = endsOfLabel == null ? null : endsOfLabel.ceiling(begin.end());
            if (endOfBlock == null) {
                from = begin.end();
                continue;
            }
            blocks.add(new Block(label, text.substring(begin.end(), endOfBlock)));
            from = endOfBlock + "-----END ".length() + label.length() + "-----".length();
        }
        return blocks;
    }

    /** PEM is ASCII; ISO-8859-1 maps every other byte to some character, so decoding never fails. */
    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
