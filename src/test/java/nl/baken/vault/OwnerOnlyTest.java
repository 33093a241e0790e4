package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files and folders on a Unix and a Windows file system (Jimfs), and on the real disk. */
class OwnerOnlyTest {

    private static final String WINDOWS_HOME = "C:\\Users\\Zoë Çelik\\AppData\\Roaming\\Baken";

    /** Unix with a umask of 022: what a new file or folder gets when nobody says otherwise. */
    private static FileSystem unix() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix")
                .setDefaultAttributeValue("posix:permissions", "rwxr-xr-x")
                .build());
    }

    private static FileSystem windows() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl", "dos")
                .build());
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void onUnixANewDataDirectoryAndEveryFileBakenWritesInItAreTheOwnersOnly() throws Exception {
        try (FileSystem fs = unix()) {
            DataDirectory data = new DataDirectory(fs.getPath("/home/zoë çelik/.local/share/baken"));
            data.create();
            AtomicFiles.write(data.keySlotsFile(), "{}".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(data.preferencesFile(), "language=nl".getBytes(StandardCharsets.UTF_8));
            data.createLogDirectory();

            assertThat(perms(data.root())).isEqualTo("rwx------");
            assertThat(perms(data.root().getParent())).isEqualTo("rwx------");
            assertThat(perms(data.keySlotsFile())).isEqualTo("rw-------");
            assertThat(perms(data.preferencesFile())).isEqualTo("rw-------");
            assertThat(perms(data.logDirectory())).isEqualTo("rwx------");
            assertThat(data.othersHaveAccess()).isFalse();
        }
    }

    @Test
    void onUnixAnExistingDirectoryKeepsItsPermissionsButBakensFilesInItAreMadeOwnerOnlyAndItIsWarnedAbout()
            throws Exception {
        try (FileSystem fs = unix()) {
            Path chosen = Files.createDirectories(fs.getPath("/srv/shared baken"));
            Files.write(chosen.resolve("keyslots.json"), new byte[] {1});
            Files.write(chosen.resolve("baken.mv.db"), new byte[] {2});
            Files.createDirectories(chosen.resolve("logs"));
            Files.write(chosen.resolve("logs/baken.log"), new byte[] {3});
            Files.write(chosen.resolve("notes-of-the-user.txt"), new byte[] {4});
            assertThat(perms(chosen.resolve("baken.mv.db"))).isEqualTo("rwxr-xr-x");

            DataDirectory data = new DataDirectory(chosen);
            data.create();

            assertThat(perms(chosen)).isEqualTo("rwxr-xr-x");
            assertThat(data.othersHaveAccess()).isTrue();
            assertThat(perms(chosen.resolve("keyslots.json"))).isEqualTo("rw-------");
            assertThat(perms(chosen.resolve("baken.mv.db"))).isEqualTo("rw-------");
            assertThat(perms(chosen.resolve("logs"))).isEqualTo("rwx------");
            assertThat(perms(chosen.resolve("logs/baken.log"))).isEqualTo("rw-------");
            assertThat(perms(chosen.resolve("notes-of-the-user.txt"))).as("not Baken's").isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void onWindowsAnAccessListGrantsTheOwnerAloneInAPathWithSpacesAndAccents() throws Exception {
        try (FileSystem fs = windows()) {
            Path home = fs.getPath(WINDOWS_HOME);
            assertThat(home.toString()).isEqualTo(WINDOWS_HOME);
            DataDirectory data = new DataDirectory(home);
            data.create();
            AtomicFiles.write(data.keySlotsFile(), "{}".getBytes(StandardCharsets.UTF_8));

            for (Path p : List.of(data.root(), data.keySlotsFile())) {
                AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
                List<AclEntry> acl = view.getAcl();
                assertThat(acl).hasSize(1);
                assertThat(acl.get(0).principal()).isEqualTo(view.getOwner());
                assertThat(acl.get(0).type()).isEqualTo(AclEntryType.ALLOW);
                assertThat(acl.get(0).permissions()).containsAll(EnumSet.allOf(AclEntryPermission.class));
            }
            assertThat(Files.getFileAttributeView(data.root(), AclFileAttributeView.class).getAcl().get(0).flags())
                    .containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
            assertThat(data.othersHaveAccess()).isFalse();
        }
    }

    @Test
    void onWindowsAFolderThatEveryoneMayReadIsWarnedAbout() throws Exception {
        try (FileSystem fs = windows()) {
            Path chosen = Files.createDirectories(fs.getPath("C:\\Gedeeld\\Baken"));
            AclFileAttributeView view = Files.getFileAttributeView(chosen, AclFileAttributeView.class);
            UserPrincipal everyone = fs.getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
            List<AclEntry> acl = new ArrayList<>(view.getAcl());
            acl.add(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(everyone)
                    .setPermissions(AclEntryPermission.READ_DATA).build());
            view.setAcl(acl);
            Files.write(chosen.resolve("keyslots.json"), new byte[] {1});
            Files.getFileAttributeView(chosen.resolve("keyslots.json"), AclFileAttributeView.class).setAcl(acl);

            DataDirectory data = new DataDirectory(chosen);
            data.create();

            assertThat(data.othersHaveAccess()).isTrue();
            assertThat(OwnerOnly.othersHaveAccess(data.keySlotsFile())).isFalse();
        }
    }

    @Test
    void onTheRealDiskToo(@TempDir Path tmp) throws Exception {
        DataDirectory data = new DataDirectory(tmp.resolve("Zoë Çelik/Baken"));
        data.create();
        AtomicFiles.write(data.keySlotsFile(), new byte[] {1});
        assertThat(perms(data.root())).isEqualTo("rwx------");
        assertThat(perms(data.keySlotsFile())).isEqualTo("rw-------");
    }
}
