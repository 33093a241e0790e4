package nl.baken.referral;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one way a PDF leaves Baken: a new password, the document rendered and encrypted in memory under it, the bytes
 * saved where the worker chose; the password is returned once, and zeroed here when anything fails.
 */
final class ProtectedPdfFile {

    /** Renders and encrypts a document under a password, in memory. */
    @FunctionalInterface
    interface Protector {
        byte[] protect(char[] password) throws ReferralException;
    }

    private final ReferralPassword passwords;
    private final SafePdfWriter writer;

    ProtectedPdfFile(ReferralPassword passwords, SafePdfWriter writer) {
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Saves the protected bytes to {@code target} and returns their password; the caller zeroes it after showing. */
    char[] save(Protector protector, Path target) throws ReferralException {
        char[] password = passwords.generate();
        try {
            writer.write(target, protector.protect(password));
            return password;
        } catch (ReferralException | RuntimeException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
    }
}
