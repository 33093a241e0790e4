package nl.baken.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.baken.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A wrong command line told in the worker's language: picocli's own messages are English only, so the kinds of
 * mistake a worker makes (something missing, unknown, given twice, a value that does not fit, two options that
 * exclude each other) are worded from the bundle with the option names picocli reports. Any other kind keeps
 * picocli's wording.
 */
final class UsageErrors {

    /** The option names in picocli's message for options that exclude each other. */
    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+) are mutually exclusive");

    private UsageErrors() {
    }

    /** What is wrong with the command line, in {@code messages}' language. */
    static String describe(CommandLine.ParameterException e, Messages messages) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            boolean oneOf = specs.size() > 1 && specs.get(0).group() != null && specs.get(0).group().exclusive();
            return messages.text(oneOf ? "cli.error.usage.one_of" : "cli.error.usage.missing", names(specs));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.text("cli.error.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return messages.text("cli.error.usage.twice", name(twice.getOverwritten()));
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            Matcher m = EXCLUSIVE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                return messages.text("cli.error.usage.exclusive", m.group(1));
            }
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.text("cli.error.usage.invalid", name(e.getArgSpec()), e.getValue());
        }
        return e.getMessage();
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
