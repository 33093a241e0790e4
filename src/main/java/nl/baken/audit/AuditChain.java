package nl.baken.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The two chain values of the audit log: the legacy SHA-256 of entries written before V8, and the HMAC-SHA256,
 * under a key derived with HKDF from the vault's sealed chain secret, of every entry since (ADR 0013).
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final String SEPARATOR = "\u001f";
    private static final String NULL = "\u0000";
    private static final byte[] INFO = "baken audit chain v2".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private AuditChain(byte[] macKey) {
        this.key = new SecretKeySpec(macKey, "HmacSHA256");
    }

    /** The chain for the vault's secret (64 hex characters, as the vault row keeps it sealed). */
    static AuditChain forSecret(String secretHex) {
        byte[] secret = HexFormat.of().parseHex(secretHex);
        byte[] macKey = new byte[32];
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(secret, null, INFO));
            hkdf.generateBytes(macKey, 0, macKey.length);
            return new AuditChain(macKey);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
        }
    }

    /** The HMAC of an entry: its id, the previous value and every field, so an edit, a swap or a gap shows. */
    String mac(long id, String previous, AuditEvent e) {
        return signer().mac(id, previous, e);
    }

    /** A signer of this chain for one thread: a walk of the log reuses it for every entry instead of a new Mac. */
    Signer signer() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return new Signer(hmac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The HMAC of entries, one at a time; not for use by two threads at once. */
    static final class Signer {

        private final Mac hmac;

        private Signer(Mac hmac) {
            this.hmac = hmac;
        }

        /** The HMAC of an entry: its id, the previous value and every field, so an edit, a swap or a gap shows. */
        String mac(long id, String previous, AuditEvent e) {
            String text = String.join(SEPARATOR, "v2", Long.toString(id), previous, instant(e.occurredAt()),
                    orNull(e.workerId()), e.event(), orNull(e.subject()), String.valueOf(e.action()),
                    String.valueOf(e.outcome()), orNull(e.caseId()), orNull(e.device()));
            // doFinal resets the Mac to its key: the next entry starts clean.
            return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The SHA-256 value of an entry written before V8, exactly as it was computed then. */
    static String legacy(String previous, OffsetDateTime at, String workerId, String event, String subject) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join(SEPARATOR, previous, instant(at), String.valueOf(workerId), event,
                    String.valueOf(subject));
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String instant(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toInstant().toString();
    }

    private static String orNull(String value) {
        return value == null ? NULL : value;
    }
}
