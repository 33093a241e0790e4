package nl.baken.vault;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Wraps and unwraps the database key with AES-256-GCM; the slot's metadata is bound as associated data. */
final class KeyWrap {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private KeyWrap() {
    }

    static byte[] wrap(byte[] key, byte[] kek, byte[] nonce, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The unwrapped key, or empty when the tag does not verify (wrong passphrase or a changed slot). */
    static java.util.Optional<byte[]> unwrap(byte[] wrapped, byte[] kek, byte[] nonce, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return java.util.Optional.of(cipher.doFinal(wrapped));
        } catch (AEADBadTagException e) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
