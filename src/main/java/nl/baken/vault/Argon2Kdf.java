package nl.baken.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives a 256-bit key-encryption key from a passphrase with Argon2id (Bouncy Castle). */
final class Argon2Kdf {

    static final int KEY_BYTES = 32;

    private Argon2Kdf() {
    }

    /** The key derived from {@code secret}; the caller zeroes it after use. */
    static byte[] derive(char[] secret, KdfParameters params) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(params.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] out = new byte[KEY_BYTES];
        generator.generateBytes(secret, out);
        return out;
    }
}
