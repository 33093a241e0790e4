import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes icons/baken.icns (macOS) and icons/baken.ico (Windows) from the PNGs that icons/render.sh makes. Both formats
 * hold PNG images as they are, so the installers' icons are exactly the rendered ones. Run from the project root with
 * the JDK alone: {@code java icons/PackageIcons.java} (render.sh does, after the PNGs).
 */
public class PackageIcons {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        Files.write(dir.resolve("baken.icns"), icns(dir));
        Files.write(dir.resolve("baken.ico"), ico(dir));
        System.out.println("PackageIcons: wrote " + dir.resolve("baken.icns") + " and " + dir.resolve("baken.ico"));
    }

    /** Apple's icon types that hold a PNG, each with the pixel size it must have ("@2x" types twice the points). */
    static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic11", 32);  // 16 pt @2x
        types.put("ic12", 64);  // 32 pt @2x
        types.put("ic13", 256); // 128 pt @2x
        types.put("ic14", 512); // 256 pt @2x
        return types;
    }

    /** ICNS: "icns", total length, then (type, length including this 8-byte header, data) per image; big-endian. */
    static byte[] icns(Path dir) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : icnsTypes().entrySet()) {
            byte[] png = Files.readAllBytes(dir.resolve("baken-" + type.getValue() + ".png"));
            out.writeBytes(type.getKey());
            out.writeInt(png.length + 8);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(body.size() + 8);
        head.write(body.toByteArray());
        return file.toByteArray();
    }

    /** The sizes in the .ico: Windows picks 16 to 48 for menus and lists, 256 for large tiles. */
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** ICO: header (0, 1, count), a 16-byte directory entry per image, then the PNGs; little-endian. */
    static byte[] ico(Path dir) throws IOException {
        byte[][] pngs = new byte[ICO_SIZES.length][];
        int offset = 6 + 16 * ICO_SIZES.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        for (int i = 0; i < ICO_SIZES.length; i++) {
            pngs[i] = Files.readAllBytes(dir.resolve("baken-" + ICO_SIZES[i] + ".png"));
            int size = ICO_SIZES[i];
            head.put((byte) (size == 256 ? 0 : size)).put((byte) (size == 256 ? 0 : size)); // 0 means 256
            head.put((byte) 0).put((byte) 0);                   // no palette, reserved
            head.putShort((short) 1).putShort((short) 32);      // planes, bits per pixel
            head.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(head.array());
        for (byte[] png : pngs) {
            file.write(png);
        }
        return file.toByteArray();
    }
}
