package nl.baken.session;

/** The version of Baken, read from the jar's manifest (or "development" when run from classes). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
