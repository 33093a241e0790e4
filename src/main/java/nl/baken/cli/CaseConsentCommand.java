package nl.baken.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import nl.baken.session.UnlockedServices;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentSigner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken case consent --case ID --purpose PURPOSE --given|--declined|--withdrawn}: records the person's decision
 * for one purpose. A withdrawal needs consent in force; CoMensha may say who signed and whether the form came in.
 */
@Command(name = "consent")
final class CaseConsentCommand extends SessionAction {

    @Option(names = "--case", required = true, paramLabel = "ID")
    String caseId;
    @Option(names = "--purpose", required = true, paramLabel = "PURPOSE")
    String purposeCode;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;
    @Option(names = "--signed-by", paramLabel = "person|guardian")
    String signedBy;
    @Option(names = "--form-received")
    boolean formReceived;

    /** Exactly one of the three decisions. */
    static final class Decision {
        @Option(names = "--given", required = true)
        boolean given;
        @Option(names = "--declined", required = true)
        boolean declined;
        @Option(names = "--withdrawn", required = true)
        boolean withdrawn;

        ConsentDecision value() {
            return given ? ConsentDecision.GIVEN : declined ? ConsentDecision.DECLINED : ConsentDecision.WITHDRAWN;
        }
    }

    private ConsentPurpose purpose;
    private Optional<ConsentSigner> signer = Optional.empty();

    @Override
    void prepare() {
        purpose = ConsentPurpose.parse(purposeCode).orElseThrow(() -> new CliFailure(
                messages.text("cli.case.consent.unknown_purpose", purposeCode, ConsentPurpose.all().stream()
                        .map(ConsentPurpose::code).collect(Collectors.joining(", "))), ExitCodes.USAGE));
        boolean comensha = purpose.equals(ConsentPurpose.COMENSHA);
        if ((signedBy != null || formReceived) && !comensha) {
            throw new CliFailure(messages.text("cli.case.consent.comensha_only"), ExitCodes.USAGE);
        }
        if (signedBy != null) {
            signer = Optional.of(switch (signedBy) {
                case "person" -> ConsentSigner.PERSON;
                case "guardian", "parent-or-guardian" -> ConsentSigner.PARENT_OR_GUARDIAN;
                default -> throw new CliFailure(messages.text("cli.case.consent.unknown_signer"), ExitCodes.USAGE);
            });
        }
    }

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        ConsentDecision chosen = decision.value();
        if (chosen == ConsentDecision.WITHDRAWN) {
            ConsentRecord inForce = session.consent().current(c.id()).get(purpose);
            if (inForce == null || !inForce.isGiven()) {
                throw new CliFailure(messages.text("cli.case.consent.nothing_to_withdraw", purpose.code()),
                        ExitCodes.FAILURE);
            }
        }
        session.consent().record(c.id(), purpose, chosen, signer, formReceived, session.workerId());
        printLine(messages.text(switch (chosen) {
            case GIVEN -> "cli.case.consent.given";
            case DECLINED -> "cli.case.consent.declined";
            case WITHDRAWN -> "cli.case.consent.withdrawn";
        }, purpose.code(), c.reference()));
        return ExitCodes.OK;
    }
}
