package nl.baken.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM in chunks (ADR 0012): each chunk is a flag byte (1 = the last chunk), the ciphertext length and the
 * ciphertext with its tag. The nonce is the chunk's index (the key is new for every backup, from a random salt); the
 * associated data is the preamble's digest, the index and the flag. So a changed, dropped, reordered or repeated
 * chunk fails its tag, a file cut after any chunk lacks its last chunk, and bytes after the last chunk are refused.
 */
final class SealedChunks {

    private static final int TAG_BYTES = 16;

    private SealedChunks() {
    }

    private static Cipher cipher(int mode, SecretKeySpec key, long index, boolean last, byte[] preambleDigest)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(index).array();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        c.updateAAD(ByteBuffer.allocate(preambleDigest.length + 9).put(preambleDigest).putLong(index)
                .put((byte) (last ? 1 : 0)).array());
        return c;
    }

    /** Seals what is written into chunks; {@link #close()} writes the last chunk (it does not close the target). */
    static final class Writer extends OutputStream {
        private final DataOutputStream out;
        private final SecretKeySpec key;
        private final byte[] preambleDigest;
        private final byte[] buffer = new byte[BackupFormat.CHUNK_BYTES];
        private int filled;
        private long index;
        private boolean closed;

        Writer(OutputStream target, byte[] key, byte[] preambleDigest) {
            this.out = new DataOutputStream(target);
            this.key = new SecretKeySpec(key, "AES");
            this.preambleDigest = preambleDigest.clone();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    emit(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, index, last, preambleDigest).doFinal(buffer, 0, filled);
                out.writeByte(last ? 1 : 0);
                out.writeInt(sealed.length);
                out.write(sealed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
            Arrays.fill(buffer, 0, filled, (byte) 0);
            filled = 0;
            index++;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                emit(true);
                out.flush();
            }
        }
    }

    /**
     * Opens chunks one by one and hands out their plaintext; any failure is {@link BackupException.Reason#DAMAGED}.
     * Nothing of a chunk is handed out before its tag is checked.
     */
    static final class Reader extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] preambleDigest;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean last;

        Reader(InputStream source, byte[] key, byte[] preambleDigest) {
            this.in = new DataInputStream(source);
            this.key = new SecretKeySpec(key, "AES");
            this.preambleDigest = preambleDigest.clone();
        }

        private boolean fill() throws IOException {
            while (position == plain.length) {
                if (last) {
                    return false;
                }
                int flag;
                int length;
                byte[] sealed;
                try {
                    flag = in.readUnsignedByte();
                    length = in.readInt();
                    if ((flag != 0 && flag != 1) || length < TAG_BYTES || length > BackupFormat.CHUNK_BYTES + TAG_BYTES) {
                        throw new BackupException(BackupException.Reason.DAMAGED);
                    }
                    sealed = in.readNBytes(length);
                } catch (EOFException e) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                if (sealed.length != length) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                try {
                    plain = cipher(Cipher.DECRYPT_MODE, key, index, flag == 1, preambleDigest).doFinal(sealed);
                } catch (AEADBadTagException e) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM is not available", e);
                }
                position = 0;
                index++;
                last = flag == 1;
                if (last && in.read() != -1) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? plain[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        /** True once the last chunk was opened and read to its end, with nothing after it in the file. */
        boolean atEnd() throws IOException {
            return !fill();
        }
    }
}
