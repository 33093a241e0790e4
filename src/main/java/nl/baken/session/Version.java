package nl.baken.session;

import picocli.CommandLine.IVersionProvider;

/** The version of Baken, read from the jar's manifest (or "development" when run from classes). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Gives picocli's {@code --version} its line. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"baken " + current()};
        }
    }
}
