package nl.baken.cli;

import java.nio.file.Path;
import java.util.Arrays;
import nl.baken.questionnaire.Audience;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralException;
import nl.baken.referral.ReferralSelection;
import nl.baken.referral.ReferralService;
import nl.baken.session.UnlockedServices;
import nl.baken.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baken referral ...}: referral files from the command line. */
@Command(name = "referral",
        subcommands = {ReferralCommand.Export.class})
final class ReferralCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code baken referral export --case ID (--partner ID | --audience A) --out FILE.pdf [--lang en]}: writes the
     * protected PDF with what the partner's audience may receive (pre-selected by {@code share}) and prints the
     * password once, on one line.
     */
    @Command(name = "export")
    static final class Export extends SessionAction {

        @Option(names = "--case", required = true, paramLabel = "ID")
        String caseId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        To to;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;

        @Option(names = "--force")
        boolean force;

        /** Either a partner of the directory or an audience. */
        static final class To {
            @Option(names = "--partner", paramLabel = "PARTNER_ID")
            String partner;
            @Option(names = "--audience", paramLabel = "AUDIENCE")
            String audience;
        }

        private String language;

        @Override
        void prepare() {
            language = "en".equals(common.languageOrNull()) ? "en" : "nl";
            if (to.audience != null && !Audience.isKnown(to.audience)) {
                throw new CliFailure(messages.text("cli.referral.unknown_audience", Audience.yamlNames()),
                        ExitCodes.USAGE);
            }
            OutputFiles.requireWritable(out, force, common.dataDirectory(), messages);
        }

        @Override
        int act(UnlockedServices session) {
            try {
                ReferralService service = session.referrals();
                Partner partner = to.partner != null
                        ? service.partner(to.partner).orElseThrow(() -> new CliFailure(
                                messages.text("referral.error.no_partner"), ExitCodes.FAILURE))
                        : service.partnerFor(to.audience, language);
                String caseId = session.desk().find(this.caseId).map(c -> c.id())
                        .orElseThrow(() -> new CliFailure(messages.text("cli.referral.no_case"), ExitCodes.FAILURE));
                ReferralDraft draft = service.draft(caseId, partner, language);
                if (draft.blocked()) {
                    throw new CliFailure(messages.text("cli.referral.no_consent",
                            messages.text(Audience.of(partner.audience()).labelKey()), draft.requiredConsent().code()),
                            ExitCodes.NO_CONSENT);
                }
                if (service.organisation().name().isEmpty()) {
                    spec.commandLine().getErr().println(messages.text("cli.referral.no_organisation"));
                }
                ReferralService.Exported exported = service.export(draft, ReferralSelection.preselected(draft),
                        out.toAbsolutePath(), session.workerId(), session.vault().workerName());
                try {
                    spec.commandLine().getOut().println(new String(exported.password()));
                    spec.commandLine().getErr().println(messages.text("cli.referral.saved"));
                } finally {
                    Arrays.fill(exported.password(), '\0');
                }
                return ExitCodes.OK;
            } catch (ReferralException e) {
                throw new CliFailure(messages.text(e.reason().messageKey()), e.reason()
                        == ReferralException.Reason.NO_CONSENT ? ExitCodes.NO_CONSENT : ExitCodes.FAILURE);
            } catch (StoreException e) {
                throw new CliFailure(e.reason() == StoreException.Reason.MISSING
                        ? messages.text("cli.referral.no_case") : FailureHandler.unexpected(messages, e),
                        ExitCodes.FAILURE);
            }
        }
    }
}
