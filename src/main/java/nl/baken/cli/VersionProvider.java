package nl.baken.cli;

import nl.baken.session.Version;
import picocli.CommandLine.IVersionProvider;

/** Gives picocli's {@code --version} its line. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"baken " + Version.current()};
    }
}
