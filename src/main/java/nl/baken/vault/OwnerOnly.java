package nl.baken.vault;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that makes Baken's files its owner's only: {@code rw-------} files and {@code rwx------} directories
 * where the file system has POSIX permissions (Linux, macOS), and an access list granting the owner alone where it
 * has ACLs (Windows, NTFS). Other accounts on a shared laptop cannot copy the encrypted files to try passphrases.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<AclEntryPermission> READ_OR_WRITE = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA);

    private OwnerOnly() {
    }

    /** Creates {@code dir} and any missing parents, each new one its owner's only; existing ones are left alone. */
    public static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        if (posix(absolute.getFileSystem())) {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } else {
            Files.createDirectory(absolute);
            restrict(absolute);
        }
    }

    /** Creates an empty file that only its owner can read, or makes an existing one so. */
    public static void createFile(Path file) throws IOException {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS) && posix(file.getFileSystem())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            return;
        }
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(file);
        }
        restrict(file);
    }

    /** Makes an existing file or directory its owner's only; a file system with neither view is left as it is. */
    public static void restrict(Path path) throws IOException {
        boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            posix.setPermissions(directory ? DIRECTORY : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            acl.setAcl(List.of(ownerEntry(acl.getOwner(), directory)));
        }
    }

    /** Makes {@code path} and, when it is a directory, everything under it its owner's only. */
    public static void restrictTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    restrict(p);
                }
            }
        }
    }

    /**
     * True when an account other than the owner may read or write {@code path}: any group or other permission on
     * POSIX, any allowing entry for another principal in the ACL. False when the file system says nothing.
     */
    public static boolean othersHaveAccess(Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> granted = EnumSet.copyOf(posix.readAttributes().permissions());
            granted.retainAll(OTHERS);
            return !granted.isEmpty();
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        UserPrincipal owner = acl.getOwner();
        return acl.getAcl().stream().anyMatch(e -> e.type() == AclEntryType.ALLOW && !e.principal().equals(owner)
                && e.permissions().stream().anyMatch(READ_OR_WRITE::contains));
    }

    private static AclEntry ownerEntry(UserPrincipal owner, boolean directory) {
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            // What Baken later creates inside inherits the same single entry.
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return entry.build();
    }

    private static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
