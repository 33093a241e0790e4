package nl.baken.packaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Reads the CPU types of a Mach-O file from its first bytes, thin or universal ("fat"), as {@code lipo -info} does. */
final class MachO {

    static final int X86_64 = 0x01000007;
    static final int ARM64 = 0x0100000C;

    private static final int MH_MAGIC_64 = 0xFEEDFACF;
    private static final int MH_MAGIC = 0xFEEDFACE;
    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int FAT_MAGIC_64 = 0xCAFEBABF;

    private MachO() {
    }

    /** The cputype of each slice; empty when the bytes are not Mach-O. */
    static List<Integer> architectures(byte[] head) {
        List<Integer> types = new ArrayList<>();
        if (head.length < 8) {
            return types;
        }
        ByteBuffer big = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        int magic = big.getInt(0);
        if (magic == FAT_MAGIC || magic == FAT_MAGIC_64) {
            // The fat header is big-endian; fat_arch is 20 bytes, fat_arch_64 32, cputype first in both.
            int slices = big.getInt(4);
            int size = magic == FAT_MAGIC ? 20 : 32;
            for (int i = 0; i < slices && 8 + (i + 1) * size <= head.length; i++) {
                types.add(big.getInt(8 + i * size));
            }
            return types;
        }
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            ByteBuffer b = ByteBuffer.wrap(head).order(order);
            int m = b.getInt(0);
            if (m == MH_MAGIC_64 || m == MH_MAGIC) {
                types.add(b.getInt(4));
                return types;
            }
        }
        return types;
    }
}
