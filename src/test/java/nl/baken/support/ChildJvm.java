package nl.baken.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command that starts a child JVM on the tests' own classes, as the crash tests do a few hundred times a build.
 * Each child starts from a class-data archive (AppCDS): it reads the classes a vault's unlock and the command line
 * need already parsed and verified, and reaches an unlocked vault in 1.7–1.9 s instead of 2.5 s here. The archive
 * is written once per build of the classes by a warm-up child ({@link ChildJvmWarmUp}); both test JVMs of a build
 * use it, under a file lock. The JVM takes no archive for a class path with directories in it, so the class
 * directories are copied into jars first. All of it goes to {@code target/child-jvm/FINGERPRINT} (the fingerprint
 * of the class path and of every class file's size and time, so a child never runs classes older than the test's),
 * never to the temporary folder the leak tests search. When no archive can be made the children start as before.
 */
public final class ChildJvm {

    /** The options every child gets: small, quick to start, and alike whichever machine runs the tests. */
    private static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String READY = "launch.txt";

    private static List<String> launch;

    private ChildJvm() {
    }

    /** {@code java OPTIONS -cp CLASSES mainClass args}, ready for a {@link ProcessBuilder}. */
    public static List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(launch());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static synchronized List<String> launch() {
        if (launch == null) {
            String classPath = System.getProperty("java.class.path");
            launch = archived(classPath).orElseGet(() -> plain(classPath));
        }
        return launch;
    }

    private static List<String> plain(String classPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(List.of("-cp", classPath));
        return command;
    }

    /** The launch with the archive, made now unless a test JVM of this build already made it; empty if that failed. */
    private static Optional<List<String>> archived(String classPath) {
        Path root = Path.of(System.getProperty("baken.projectDir", "."), "target", "child-jvm");
        try {
            Path dir = Files.createDirectories(root.resolve(fingerprint(classPath)));
            try (FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
                Path ready = dir.resolve(READY);
                if (!Files.exists(ready)) {
                    removeOthers(root, dir);
                    Optional<List<String>> made = make(dir, classPath);
                    if (made.isEmpty()) {
                        return made;
                    }
                    Files.write(ready, made.get(), StandardCharsets.UTF_8);
                }
                List<String> launch = new ArrayList<>(Files.readAllLines(ready, StandardCharsets.UTF_8));
                // Each test JVM has its own temporary folder: the children take the one of the JVM that starts them.
                launch.replaceAll(o -> o.startsWith("-Djava.io.tmpdir=")
                        ? "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir") : o);
                return Optional.of(launch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<List<String>> make(Path dir, String classPath) throws IOException {
        List<String> launch = plain(jarred(classPath, dir));
        Path archive = dir.resolve("children.jsa");
        List<String> warmUp = new ArrayList<>(launch);
        warmUp.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        warmUp.addAll(List.of(ChildJvmWarmUp.class.getName(), dir.resolve("warm-up").toString()));
        Process child = new ProcessBuilder(warmUp).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("warm-up.log").toFile()).start();
        try {
            if (!child.waitFor(180, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
            return Optional.empty();
        }
        if (child.exitValue() != 0 || !Files.isRegularFile(archive)) {
            System.err.println("ChildJvm: no class-data archive, children start without one; see " + dir);
            return Optional.empty();
        }
        launch.add(1, "-XX:SharedArchiveFile=" + archive);
        return Optional.of(launch);
    }

    /** The class path with every directory in it replaced by a jar of it, in the same order. */
    private static String jarred(String classPath, Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve((n++) + "-" + path.getFileName() + ".jar");
                try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                    for (Path f : classFiles(path)) {
                        out.putNextEntry(new JarEntry(path.relativize(f).toString().replace(File.separatorChar, '/')));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<Path> classFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Of the class path and of each file in its directories: name, size and time of change. */
    private static String fingerprint(String classPath) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(classPath.getBytes(StandardCharsets.UTF_8));
            for (String entry : classPath.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    for (Path f : classFiles(path)) {
                        digest.update((f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Archives of earlier builds (about 60 MB each) go, unless a test JVM holds one's lock. */
    private static void removeOthers(Path root, Path keep) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(d -> !d.equals(keep) && Files.isDirectory(d)).toList()) {
                try (FileChannel lockFile = FileChannel.open(d.resolve("lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock free = lockFile.tryLock()) {
                    if (free == null) {
                        continue;
                    }
                }
                TempDirs.deleteTree(d);
            }
        }
    }
}
