package nl.baken.backup;

import nl.baken.store.CheckReport;

/** A verified backup: its header and the vault check of the snapshot it holds. */
public record BackupSummary(BackupHeader header, CheckReport check, long bytes) {
}
