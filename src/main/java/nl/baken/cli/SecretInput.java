package nl.baken.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads passphrases: from the console without echo when there is one, otherwise one line at a time from standard
 * input. Never from an argument, which would land in the shell history and the process list. Characters are kept
 * in arrays so the caller can zero them.
 */
final class SecretInput {

    private final Console console;
    private final Reader stdin;
    private final PrintWriter prompts;

    SecretInput(Console console, InputStream stdin, PrintWriter prompts) {
        this.console = console;
        this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8);
        this.prompts = prompts;
    }

    static SecretInput system(PrintWriter prompts) {
        return new SecretInput(System.console(), System.in, prompts);
    }

    boolean interactive() {
        return console != null;
    }

    /** Reads one secret; null when the input ended before a line was given. */
    char[] read(String prompt) {
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        return readLine();
    }

    /**
     * Reads one line of ordinary text that must not be an argument (an alias: arguments show in the process
     * list): on a console with echo, else the next line of standard input. Null when the input ended.
     */
    String readText(String prompt) {
        if (console != null) {
            return console.readLine("%s", prompt);
        }
        char[] line = readLine();
        if (line == null) {
            return null;
        }
        String text = new String(line);
        Arrays.fill(line, '\0');
        return text;
    }

    /** On a console, asks twice and returns null when the two differ; from standard input, reads one line. */
    char[] readNew(String prompt, String again) {
        char[] first = read(prompt);
        if (first == null || console == null) {
            return first;
        }
        char[] second = read(again);
        boolean same = second != null && Arrays.equals(first, second);
        if (second != null) {
            Arrays.fill(second, '\0');
        }
        if (!same) {
            Arrays.fill(first, '\0');
            return null;
        }
        return first;
    }

    private char[] readLine() {
        char[] buffer = new char[64];
        int n = 0;
        try {
            int c;
            boolean any = false;
            // One more than a passphrase may have is enough to refuse it: an endless line (/dev/zero) stops here.
            while (n <= nl.baken.vault.PassphrasePolicy.MAXIMUM_LENGTH && (c = stdin.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (n == buffer.length) {
                    char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = bigger;
                }
                buffer[n++] = (char) c;
            }
            if (!any) {
                return null;
            }
        } catch (IOException e) {
            Arrays.fill(buffer, '\0');
            return null;
        }
        if (n > 0 && buffer[n - 1] == '\r') {
            n--;
        }
        char[] out = Arrays.copyOf(buffer, n);
        Arrays.fill(buffer, '\0');
        return out;
    }

    PrintWriter prompts() {
        return prompts;
    }
}
