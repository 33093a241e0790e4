package nl.baken.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Encrypts a rendered referral with AES-256 (security handler revision 6) and returns the protected bytes: the
 * user password opens it, a random owner password that nobody keeps guards the permissions (print yes, change no).
 */
public final class PdfProtection {

    /** The AES key length; PDFBox's default would be 40-bit RC4. */
    public static final int KEY_LENGTH = 256;

    private final SecureRandom random;

    public PdfProtection(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Protects the document with the password and saves it, encrypted, into memory. The document is encrypted in
     * place; close it afterwards and do not save it again. The caller owns {@code userPassword} and zeroes it.
     *
     * <p>What PDFBox 3.0 forces: {@link StandardProtectionPolicy} and {@code StandardSecurityHandler} are final and
     * take the passwords only as {@code java.lang.String}, and the handler derives from them (SASLprep, then UTF-8)
     * further Strings and byte arrays of its own that it does not zero. So one String copy of the user password is
     * made here and cannot be zeroed; it is dropped from the policy as soon as the file is saved, and is garbage
     * once the caller closes the document. Everything Baken owns is zeroed: the owner password's random bytes here,
     * the char[] password by the caller. Writing the revision-6 handler ourselves would avoid the String, but means
     * keeping our own copy of PDF encryption code (not done).
     */
    public byte[] protect(PDDocument doc, char[] userPassword) throws IOException {
        Objects.requireNonNull(userPassword, "userPassword");
        if (userPassword.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword(), new String(userPassword),
                permissions());
        return protect(doc, policy);
    }

    /** Saves {@code doc} encrypted under {@code policy}, then drops the passwords from the policy. */
    static byte[] protect(PDDocument doc, StandardProtectionPolicy policy) throws IOException {
        try {
            policy.setEncryptionKeyLength(KEY_LENGTH);
            policy.setPreferAES(true);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } finally {
            // The document's security handler keeps the policy until the document is closed: no reference to the
            // passwords stays reachable from it meanwhile.
            policy.setUserPassword("");
            policy.setOwnerPassword("");
        }
    }

    static AccessPermission permissions() {
        AccessPermission p = new AccessPermission();
        p.setCanPrint(true);
        p.setCanPrintFaithful(true);
        p.setCanModify(false);
        p.setCanAssembleDocument(false);
        p.setCanFillInForm(false);
        p.setCanModifyAnnotations(false);
        // Copying text stays allowed: screen readers need it, and a partner may copy into its own file.
        p.setCanExtractContent(true);
        p.setCanExtractForAccessibility(true);
        return p;
    }

    /** Random, kept by nobody: it only guards the permissions. Its bytes are zeroed; PDFBox needs it as a String. */
    private String ownerPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        try {
            return HexFormat.of().formatHex(bytes);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }
}
