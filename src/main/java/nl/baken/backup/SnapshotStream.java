package nl.baken.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The plaintext inside the sealed chunks (ADR 0012), which exists only in memory: the header, then the snapshot's
 * statements (each its UTF-8 length and bytes), an end mark, and the trailer: the statement count and the SHA-256
 * over all statements, checked after the last one is read.
 */
final class SnapshotStream {

    private static final int END = -1;
    private static final int MAX_STATEMENT = 64 * 1024 * 1024;

    private SnapshotStream() {
    }

    /** Writes the header, then {@link #statement} for each, then {@link #finish}. */
    static final class Out {
        private final DataOutputStream out;
        private final MessageDigest digest = sha256();
        private long count;

        Out(java.io.OutputStream sealed, BackupHeader header) throws IOException {
            this.out = new DataOutputStream(new java.io.BufferedOutputStream(sealed, 64 * 1024));
            out.writeInt(header.format());
            out.writeUTF(header.created().toString());
            out.writeUTF(header.bakenVersion());
            out.writeUTF(header.vaultId());
            out.writeLong(header.cases());
            out.writeLong(header.intakes());
        }

        void statement(String sql) {
            byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
            try {
                out.writeInt(bytes.length);
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            digest.update(intBytes(bytes.length));
            digest.update(bytes);
            count++;
        }

        void finish() throws IOException {
            out.writeInt(END);
            out.writeLong(count);
            out.write(digest.digest());
            out.flush();
        }
    }

    /** Reads the header at once; {@link #statements()} then hands out the statements and checks the trailer. */
    static final class In {
        private final DataInputStream in;
        private final SealedChunks.Reader chunks;
        private final BackupHeader header;
        private final MessageDigest digest = sha256();
        private long count;
        private boolean ended;

        In(SealedChunks.Reader chunks) {
            this.chunks = chunks;
            this.in = new DataInputStream(new java.io.BufferedInputStream(chunks, 64 * 1024));
            try {
                int format = in.readInt();
                if (format != BackupFormat.VERSION) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                header = new BackupHeader(format, Instant.parse(in.readUTF()), in.readUTF(), in.readUTF(),
                        in.readLong(), in.readLong());
            } catch (IOException | DateTimeParseException e) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
        }

        BackupHeader header() {
            return header;
        }

        /** The statements in order; after the last, the trailer is checked (a mismatch is DAMAGED). */
        Iterator<String> statements() {
            return new Iterator<>() {
                private String next;

                @Override
                public boolean hasNext() {
                    if (next == null && !ended) {
                        next = read();
                    }
                    return next != null;
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    String s = next;
                    next = null;
                    return s;
                }
            };
        }

        private String read() {
            try {
                int length = in.readInt();
                if (length == END) {
                    trailer();
                    ended = true;
                    return null;
                }
                if (length < 0 || length > MAX_STATEMENT) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                digest.update(intBytes(length));
                digest.update(bytes);
                count++;
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException | EOFException e) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            } catch (IOException e) {
                throw new BackupException(BackupException.Reason.UNREADABLE, e);
            }
        }

        private void trailer() throws IOException {
            long expected = in.readLong();
            byte[] sum = in.readNBytes(32);
            if (expected != count || !MessageDigest.isEqual(sum, digest.digest()) || in.read() != -1
                    || !chunks.atEnd()) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
        }

        /** True when every statement and the trailer were read and checked. */
        boolean complete() {
            return ended;
        }
    }

    private static byte[] intBytes(int v) {
        return java.nio.ByteBuffer.allocate(4).putInt(v).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
