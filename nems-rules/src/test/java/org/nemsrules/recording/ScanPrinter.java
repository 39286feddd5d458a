package org.nemsrules.recording;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints what {@link FileScanner#defaults()} finds under the paths given, one tab-separated line each: {@code file
 * PATH} or {@code unreadable PATH REASON}. Run by {@link UnprivilegedScan} in a JVM of a user whom permissions bind.
 */
public final class ScanPrinter {
    private ScanPrinter() {}

    public static void main(String[] args) throws Exception {
        ScanResult result =
                FileScanner.defaults().scan(Arrays.stream(args).map(Path::of).toList());
        result.files().forEach(file -> System.out.println("file\t" + file));
        result.unreadableDirectories().forEach(d -> System.out.println("unreadable\t" + d.path() + "\t" + d.reason()));
    }
}
