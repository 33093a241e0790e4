package nl.baken.vault;

/**
 * The audit log's head as {@code keyslots.json} keeps it inside its MAC: how many entries the log held and the chain
 * value of the last of them, so entries dropped from the end of the log are noticed (ADR 0013).
 */
public record ChainHead(long count, String hash) {

    public ChainHead {
        if (count < 1 || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("implausible audit head");
        }
    }
}
