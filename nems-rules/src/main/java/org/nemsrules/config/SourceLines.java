package org.nemsrules.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML or JSON document is written, by JSON pointer ({@code /systems/1/asid}):
 * schema errors name a pointer, and a supplier needs a line. An object member is placed on the
 * line of its key, an array element on the line where it starts.
 */
final class SourceLines {
    private final Map<String, Integer> lines;

    private SourceLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Reads every token of the parser, which must not have been advanced yet. */
    static SourceLines of(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        // Per open container: its pointer and, for arrays, the index of the next element.
        Deque<String> pointers = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        String pendingName = ""; // always set by the field name before a member's value
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                lines.putIfAbsent(pointers.peek() + "/" + escape(pendingName), line);
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                pointers.pop();
                indexes.pop();
                continue;
            }
            String pointer;
            if (pointers.isEmpty()) {
                pointer = "";
            } else if (indexes.peek()[0] >= 0) {
                pointer = pointers.peek() + "/" + indexes.peek()[0]++;
            } else {
                pointer = pointers.peek() + "/" + escape(pendingName);
            }
            lines.putIfAbsent(pointer, line);
            if (token == JsonToken.START_OBJECT) {
                pointers.push(pointer);
                indexes.push(new int[] {-1});
            } else if (token == JsonToken.START_ARRAY) {
                pointers.push(pointer);
                indexes.push(new int[] {0});
            }
        }
        return new SourceLines(lines);
    }

    /** The line of the value at {@code pointer}, or of its nearest written ancestor; 1 at worst. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return Math.max(1, line);
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
