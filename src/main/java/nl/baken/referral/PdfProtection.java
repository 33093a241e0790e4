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
     * place; close it afterwards and do not save it again.
     */
    public byte[] protect(PDDocument doc, char[] userPassword) throws IOException {
        Objects.requireNonNull(userPassword, "userPassword");
        if (userPassword.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        // PDFBox takes the passwords only as Strings (StandardProtectionPolicy has no char[] form), so this one copy
        // cannot be zeroed; it lives as long as the policy, which is dropped when this method returns.
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword(), new String(userPassword),
                permissions());
        policy.setEncryptionKeyLength(KEY_LENGTH);
        policy.setPreferAES(true);
        doc.protect(policy);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
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

    private String ownerPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
