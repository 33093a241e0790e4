package nl.baken.vault;

/**
 * Files this process keeps open inside the data directory (the app's log), let go while {@link VaultSwap} renames
 * the folder and opened again after it: Windows refuses to rename a folder that holds an open file (ADR 0017).
 */
public interface HeldFiles {

    /** Nothing held (the command line restores into a new folder only). */
    HeldFiles NONE = new HeldFiles() {
        @Override
        public void release() {
        }

        @Override
        public void reopen() {
        }
    };

    /** Closes every file held inside the data directory; called just before the folder is renamed. */
    void release();

    /** Opens them again in the data directory as it is now (the restored folder, or the old one after a failure). */
    void reopen();
}
