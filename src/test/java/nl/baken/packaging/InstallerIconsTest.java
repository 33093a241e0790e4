package nl.baken.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The installers' icons are the rendered PNGs of icons/: icons/baken.icns (macOS bundle) holds them under Apple's
 * PNG icon types at the sizes those types require, icons/baken.ico (Windows Start menu) at 16 to 256 px.
 */
class InstallerIconsTest {

    private static final Path ICONS = Path.of(System.getProperty("baken.projectDir", "."), "icons");

    @Test
    void theIcnsHoldsTheRenderedPngsAtTheirTypesSizes() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("baken.icns"))).order(ByteOrder.BIG_ENDIAN);
        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(icns.capacity());
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            images.put(type(icns, at), Arrays.copyOfRange(icns.array(), at + 8, at + icns.getInt(at + 4)));
        }
        Map<String, Integer> pixels = Map.of("icp4", 16, "icp5", 32, "icp6", 64, "ic07", 128, "ic08", 256, "ic09", 512,
                "ic11", 32, "ic12", 64, "ic13", 256, "ic14", 512);
        assertThat(images.keySet()).containsExactlyInAnyOrderElementsOf(pixels.keySet());
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            int size = pixels.get(image.getKey());
            assertThat(image.getValue()).as(image.getKey())
                    .isEqualTo(Files.readAllBytes(ICONS.resolve("baken-" + size + ".png")));
            assertSquare(image.getValue(), size);
        }
    }

    @Test
    void theIcoHoldsTheRenderedPngsFrom16To256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("baken.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        assertThat(count).isEqualTo(7);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            byte[] png = Arrays.copyOfRange(ico.array(), ico.getInt(entry + 12), ico.getInt(entry + 12) + ico.getInt(entry + 8));
            assertThat(png).as("%d px", size).isEqualTo(Files.readAllBytes(ICONS.resolve("baken-" + size + ".png")));
            assertSquare(png, size);
        }
    }

    private static String type(ByteBuffer b, int at) {
        return new String(b.array(), at, 4, StandardCharsets.US_ASCII);
    }

    private static void assertSquare(byte[] png, int size) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }
}
