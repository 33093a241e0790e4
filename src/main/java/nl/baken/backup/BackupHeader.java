package nl.baken.backup;

import java.time.Instant;

/**
 * What a backup says about itself, inside its first sealed chunk: format version, when and by which Baken it was
 * made, the vault it belongs to, and how many cases and intakes it holds.
 */
public record BackupHeader(int format, Instant created, String bakenVersion, String vaultId, long cases,
                           long intakes) {
}
