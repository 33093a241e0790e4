package nl.baken.vault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and writes {@code keyslots.json}; anything unexpected in it is reported as a damaged file. */
final class KeySlotFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /**
     * The one cipher {@link KeyWrap} wraps with. A slot naming another was edited outside Baken and is refused as
     * damaged; the unwrap never reads the field, so it can never choose a weaker one.
     */
    static final String CIPHER = "AES-256-GCM";
    private static final int MAX_BYTES = 1024 * 1024;

    private KeySlotFile() {
    }

    static KeySlots read(Path file) {
        FileForm form;
        try {
            form = JSON.readValue(readBounded(file), FileForm.class);
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_MISSING);
        } catch (JacksonException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNREADABLE);
        }
        return toKeySlots(form);
    }

    /** The key slots from the bytes of a keyslots.json (a backup's copy); anything unexpected is damaged. */
    static KeySlots parse(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        }
        try {
            return toKeySlots(JSON.readValue(json, FileForm.class));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        }
    }

    /** The bytes keyslots.json would hold for {@code slots}. */
    static byte[] bytes(KeySlots slots) {
        try {
            return JSON.writeValueAsBytes(toForm(slots));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE);
        }
    }

    /** A real key file is a few KiB; a bigger one (or an endless one, like a link to /dev/zero) is damaged. */
    private static byte[] readBounded(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
            }
            return content;
        }
    }

    static void write(Path file, KeySlots slots) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(toForm(slots)));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE);
        }
    }

    private static KeySlots toKeySlots(FileForm form) {
        if (form == null || (form.format != KeySlots.FORMAT && form.format != KeySlots.LEGACY_FORMAT)
                || form.slots == null || form.slots.isEmpty()
                || form.vaultId == null || !form.vaultId.matches("[0-9a-f-]{36}")) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            List<KeySlot> slots = form.slots.stream().map(s -> {
                KdfParameters kdf = new KdfParameters(s.kdf.algorithm, s.kdf.memoryKiB, s.kdf.iterations,
                        s.kdf.parallelism, b64.decode(s.kdf.salt));
                int binding = bindingOf(form.format, s.binding);
                KeySlot slot = new KeySlot(s.id, KeySlot.Kind.valueOf(s.kind), s.name == null ? "" : s.name, s.admin,
                        Instant.parse(s.created), kdf, s.cipher, binding, b64.decode(s.nonce), b64.decode(s.wrappedKey));
                boolean ok = kdf.isPlausible() && CIPHER.equals(s.cipher) && slot.nonce().length == KeyWrap.NONCE_BYTES
                        && slot.wrappedKey().length == Argon2Kdf.KEY_BYTES + 16 && ids.add(slot.id())
                        && (slot.kind() == KeySlot.Kind.RECOVERY || (!slot.name().isBlank() && names.add(slot.name())));
                if (!ok) {
                    throw new IllegalArgumentException("implausible slot");
                }
                return slot;
            }).toList();
            byte[] mac = b64.decode(form.mac);
            ChainHead head = form.audit == null ? null : new ChainHead(form.audit.count, form.audit.head);
            KeySlots result = new KeySlots(form.format, form.vaultId, slots, head, mac);
            if (result.workers().isEmpty() || slots.stream().filter(x -> x.kind() == KeySlot.Kind.RECOVERY).count() > 1) {
                throw new IllegalArgumentException("no worker slot");
            }
            return result;
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        }
    }

    /**
     * Format 2 files have no binding field: all their slots are legacy. In format 3 each slot names its own, since
     * a legacy slot can only be re-bound by the worker whose passphrase opens it.
     */
    private static int bindingOf(int format, Integer binding) {
        if (format == KeySlots.LEGACY_FORMAT) {
            if (binding != null) {
                throw new IllegalArgumentException("binding in a format-2 file");
            }
            return KeySlot.LEGACY_BINDING;
        }
        if (binding == null || (binding != KeySlot.BINDING && binding != KeySlot.LEGACY_BINDING)) {
            throw new IllegalArgumentException("unknown binding");
        }
        return binding;
    }

    private static FileForm toForm(KeySlots slots) {
        Base64.Encoder b64 = Base64.getEncoder();
        FileForm form = new FileForm();
        form.format = slots.format();
        form.vaultId = slots.vaultId();
        form.mac = b64.encodeToString(slots.mac());
        if (slots.auditHead() != null) {
            form.audit = new AuditForm();
            form.audit.count = slots.auditHead().count();
            form.audit.head = slots.auditHead().hash();
        }
        form.slots = slots.slots().stream().map(s -> {
            SlotForm f = new SlotForm();
            f.id = s.id();
            f.kind = s.kind().name();
            f.name = s.kind() == KeySlot.Kind.RECOVERY ? null : s.name();
            f.admin = s.admin();
            f.created = s.created().toString();
            f.kdf = new KdfForm();
            f.kdf.algorithm = s.kdf().algorithm();
            f.kdf.memoryKiB = s.kdf().memoryKiB();
            f.kdf.iterations = s.kdf().iterations();
            f.kdf.parallelism = s.kdf().parallelism();
            f.kdf.salt = b64.encodeToString(s.kdf().salt());
            f.cipher = s.cipher();
            f.binding = s.binding();
            f.nonce = b64.encodeToString(s.nonce());
            f.wrappedKey = b64.encodeToString(s.wrappedKey());
            return f;
        }).toList();
        return form;
    }

    /** JSON shape of the file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class FileForm {
        @JsonProperty(required = true) public int format;
        @JsonProperty(required = true) public String vaultId;
        @JsonProperty(required = true) public List<SlotForm> slots;
        @JsonProperty(required = true) public String mac;
        /** The audit log's anchored head (ADR 0013); absent until the first entry is anchored. */
        public AuditForm audit;
    }

    /** JSON shape of the audit log's anchored head. */
    static final class AuditForm {
        @JsonProperty(required = true) public long count;
        @JsonProperty(required = true) public String head;
    }

    /** JSON shape of one slot. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class SlotForm {
        public String id;
        public String kind;
        public String name;
        public boolean admin;
        public String created;
        public KdfForm kdf;
        public String cipher;
        public Integer binding;
        public String nonce;
        public String wrappedKey;
    }

    /** JSON shape of the KDF parameters. */
    static final class KdfForm {
        public String algorithm;
        public int memoryKiB;
        public int iterations;
        public int parallelism;
        public String salt;
    }
}
