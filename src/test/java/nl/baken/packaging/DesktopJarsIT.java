package nl.baken.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jars the package phase leaves (so this runs in {@code integration-test}, through failsafe): target/baken.jar
 * carries JavaFX's natives for Windows x64, macOS x64 and Linux x64, and target/baken-mac-aarch64.jar the same with
 * Apple silicon's dylibs. The architecture of every dylib is read from its Mach-O header, as {@code lipo -info} does.
 */
class DesktopJarsIT {

    /** The natives JavaFX's graphics, font and image code loads on every desktop (ours use no media or web). */
    private static final List<String> LIBRARIES = List.of("glass", "prism_es2", "prism_sw", "javafx_font", "javafx_iio",
            "decora_sse", "prism_common");

    private static final Path TARGET = Path.of(System.getProperty("baken.projectDir", "."), "target");

    @Test
    void bakenJarHasTheNativesOfWindowsMacAndLinux() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("baken.jar").toFile())) {
            for (String lib : LIBRARIES) {
                if (!lib.equals("prism_es2")) {
                    assertThat(jar.getEntry(lib + ".dll")).as("Windows %s.dll", lib).isNotNull();
                }
                assertThat(jar.getEntry("lib" + lib + ".so")).as("Linux lib%s.so", lib).isNotNull();
                assertThat(jar.getEntry("lib" + lib + ".dylib")).as("macOS lib%s.dylib", lib).isNotNull();
            }
            assertThat(jar.getEntry("prism_d3d.dll")).as("Windows' Direct3D pipeline").isNotNull();
            assertThat(jar.getEntry("libglassgtk3.so")).as("Linux's GTK 3 glass").isNotNull();
            assertThat(jar.getEntry("com/sun/glass/ui/win/WinApplication.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/glass/ui/mac/MacApplication.class")).isNotNull();
            assertThat(jar.getEntry("com/sun/glass/ui/gtk/GtkApplication.class")).isNotNull();
        }
    }

    @Test
    void bakenJarsMacDylibsAreX86_64AndTheAppleSiliconJarsAreArm64() throws IOException {
        assertThat(dylibArchitectures(TARGET.resolve("baken.jar")))
                .hasSize(LIBRARIES.size()).allSatisfy((name, archs) -> assertThat(archs).as(name).containsExactly(MachO.X86_64));
        assertThat(dylibArchitectures(TARGET.resolve("baken-mac-aarch64.jar")))
                .hasSize(LIBRARIES.size()).allSatisfy((name, archs) -> assertThat(archs).as(name).containsExactly(MachO.ARM64));
    }

    @Test
    void theAppleSiliconJarDiffersFromBakenJarOnlyInItsDylibs() throws IOException {
        try (JarFile x64 = new JarFile(TARGET.resolve("baken.jar").toFile());
                JarFile arm = new JarFile(TARGET.resolve("baken-mac-aarch64.jar").toFile())) {
            Map<String, Long> x64Crcs = crcs(x64);
            Map<String, Long> armCrcs = crcs(arm);
            assertThat(armCrcs.keySet()).isEqualTo(x64Crcs.keySet());
            assertThat(x64Crcs.keySet().stream().filter(n -> !n.endsWith(".dylib") && !n.equals("META-INF/MANIFEST.MF")
                            && !x64Crcs.get(n).equals(armCrcs.get(n))))
                    .as("entries that differ besides the dylibs").isEmpty();
        }
    }

    @Test
    void machOHeadersAreReadAsLipoDoes() {
        ByteBuffer thin = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFEEDFACF).putInt(0x0100000C);
        assertThat(MachO.architectures(thin.array())).containsExactly(MachO.ARM64);
        // A universal binary: big-endian fat header, then one (cputype, cpusubtype, offset, size, align) per slice.
        ByteBuffer fat = ByteBuffer.allocate(8 + 2 * 20).order(ByteOrder.BIG_ENDIAN).putInt(0xCAFEBABE).putInt(2)
                .putInt(0x01000007).putInt(3).putInt(4096).putInt(100).putInt(12)
                .putInt(0x0100000C).putInt(0).putInt(8192).putInt(100).putInt(14);
        assertThat(MachO.architectures(fat.array())).containsExactly(MachO.X86_64, MachO.ARM64);
        assertThat(MachO.architectures(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEmpty();
    }

    private static Map<String, List<Integer>> dylibArchitectures(Path jarPath) throws IOException {
        Map<String, List<Integer>> archs = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (ZipEntry e : jar.stream().filter(e -> e.getName().endsWith(".dylib")).toList()) {
                try (InputStream in = jar.getInputStream(e)) {
                    archs.put(e.getName(), MachO.architectures(in.readNBytes(4096)));
                }
            }
        }
        assertThat(Files.size(jarPath)).isPositive();
        return archs;
    }

    private static Map<String, Long> crcs(JarFile jar) {
        Map<String, Long> crcs = new TreeMap<>();
        jar.stream().filter(e -> !e.isDirectory()).forEach(e -> crcs.put(e.getName(), e.getCrc()));
        return crcs;
    }
}
