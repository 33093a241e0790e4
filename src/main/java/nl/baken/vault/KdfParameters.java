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
     * The parameter sets Baken writes, as {memory KiB, iterations, parallelism}: only {@link #defaults}. When the
     * defaults are raised, the old set stays here so old slots still open.
     */
    static final java.util.List<int[]> WRITTEN = java.util.List.of(
            new int[] {DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM});

    /**
     * True when the parameters are a set Baken writes. Anything else was edited outside Baken: a slot asking for
     * 1 GiB and t=20 would cost half a minute a try and end out of memory, one asking for 8 MiB and t=1 would make
     * guessing cheap. Such a file is refused as damaged before any work is done.
     */
    public boolean isPlausible() {
        return ARGON2ID.equals(algorithm)
                && WRITTEN.stream().anyMatch(set -> set[0] == memoryKiB && set[1] == iterations
                        && set[2] == parallelism)
                && salt != null && salt.length == SALT_BYTES;
    }
}
