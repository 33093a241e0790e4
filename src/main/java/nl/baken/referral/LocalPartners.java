package nl.baken.referral;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.BoundedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality's own partner directory, {@code partners.yaml} in the data directory: read when present, all
 * or nothing. A broken file puts nothing in the vault and its problems (line and column) are returned to be shown;
 * the partners the vault already holds, national ones included, stay as they are, so nothing is replaced silently.
 */
public final class LocalPartners {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPartners.class);
    /** The file's name in the data directory, as problems name it. */
    public static final String FILE = "partners.yaml";

    private final Messages messages;
    private final PartnerLoader loader;

    /** The key of the line that follows a broken file's problems (argument: {@link #FILE}): it was not read. */
    public static final String REFUSED_KEY = "partner.local_refused";

    public LocalPartners(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.loader = new PartnerLoader(messages);
    }

    /** Saves the file's partners (added or updated by id) when it is valid; returns its problems, else none. */
    public List<PartnerProblem> ensure(PartnerRepository partners, Path dataDirectory) {
        if (dataDirectory == null) {
            return List.of();
        }
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        String content;
        try {
            content = new String(BoundedFile.read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("local partner directory unreadable: {}", e.getClass().getName());
            return List.of(new PartnerProblem(FILE, 1, 1, messages.text("partner.error.unreadable")));
        }
        PartnerDirectory read = loader.load(FILE, new StringReader(content));
        if (!read.problems().isEmpty()) {
            // The problems may quote contact details; only their positions are logged.
            read.problems().forEach(p -> LOG.warn("local partner directory refused at {}:{}", p.line(), p.column()));
            return read.problems();
        }
        for (Partner p : read.partners()) {
            partners.save(new Partner(p.id(), p.name(), p.audience(), p.contactPerson(), p.phone(), p.secureEmail(),
                    p.notes(), false));
        }
        LOG.info("{} partners read from the local partner directory", read.partners().size());
        return List.of();
    }
}
