package nl.baken.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for tests: listing, hashing and searching every file under a directory. */
public final class TempDirs {

    private TempDirs() {
    }

    /** Writes {@code content} (UTF-8) to {@code name} in {@code dir} and returns the file's path as text. */
    public static String write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    /** Deletes {@code root} and everything under it. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    public static String sha256(Path file) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    }

    /**
     * The files under {@code root} that contain any of the markers, in UTF-8, UTF-16 (LE and BE, as Java strings
     * in H2 pages might be) or Latin-1.
     */
    public static List<String> filesContaining(Path root, List<String> markers) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path f : files(root)) {
            byte[] content;
            try {
                content = Files.readAllBytes(f);
            } catch (IOException e) {
                continue;
            }
            for (String m : markers) {
                if (contains(content, m.getBytes(StandardCharsets.UTF_8))
                        || contains(content, m.getBytes(StandardCharsets.UTF_16LE))
                        || contains(content, m.getBytes(StandardCharsets.UTF_16BE))) {
                    hits.add(f + " contains " + m);
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
