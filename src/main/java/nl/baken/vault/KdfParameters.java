package nl.baken.vault;

/** Argon2id parameters, stored per key slot so they can be raised later without breaking old slots. */
public record KdfParameters(String algorithm, int memoryKiB, int iterations, int parallelism, byte[] salt) {

    public static final String ARGON2ID = "argon2id";
    /** 64 MiB, t=3, p=1: the figures of ARCHITECTURE.md's security model. */
    public static final int DEFAULT_MEMORY_KIB = 64 * 1024;
    public static final int DEFAULT_ITERATIONS = 3;
    public static final int DEFAULT_PARALLELISM = 1;
    public static final int SALT_BYTES = 16;

    public static KdfParameters defaults(byte[] salt) {
        return new KdfParameters(ARGON2ID, DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM, salt.clone());
    }

    /**
     * True when the parameters are ones Baken would write; a file asking for 4 GiB or a zero-length salt has been
     * damaged or tampered with and is refused before any work is done.
     */
    public boolean isPlausible() {
        return ARGON2ID.equals(algorithm)
                && memoryKiB >= 8 * 1024 && memoryKiB <= 1024 * 1024
                && iterations >= 1 && iterations <= 20
                && parallelism >= 1 && parallelism <= 8
                && salt != null && salt.length == SALT_BYTES;
    }
}
