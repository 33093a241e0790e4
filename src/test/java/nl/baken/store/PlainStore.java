package nl.baken.store;

import java.nio.file.Path;

/** Test-only access to an unencrypted {@link Store} with the same settings, as the autosave benchmark's baseline. */
public final class PlainStore {

    private PlainStore() {
    }

    /** Creates or opens the plain database at {@code base} (without the {@code .mv.db} suffix) and migrates it. */
    public static Store open(Path base) {
        return Store.openPlain(base);
    }
}
