package nl.baken.app;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import nl.baken.app.ui.CasePageView;
import nl.baken.cases.CaseFile;
import nl.baken.cases.ui.CaseHeaderView;
import nl.baken.cases.ui.CaseHeaderViewModel;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.session.UnlockedServices;
import nl.baken.store.StoreException;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case page, composed here because it gathers the views of several features (cases may not use intake,
 * consent or referral; app may use them all). The case is read in the background; the page appears when it has
 * answered, and each part fills itself from its own view model.
 */
final class CaseScreens {

    /** The window the case page is shown in, and where its buttons lead. */
    interface Host {
        /** Shows a screen under the top bar. */
        void show(Parent content);

        /** Back to the home screen. */
        void home();
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaseScreens.class);
    private final UnlockedServices session;
    private final Supplier<Map<String, String>> workerNames;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Host host;

    /** {@code workerNames}: the vault's workers by slot id, read in the background. */
    CaseScreens(UnlockedServices session, Supplier<Map<String, String>> workerNames, BackgroundTasks tasks,
                Messages messages, Host host) {
        this.session = session;
        this.workerNames = workerNames;
        this.tasks = tasks;
        this.messages = messages;
        this.host = host;
    }

    /** Opens the page of one case. */
    void show(String caseId) {
        tasks.run(() -> {
            CaseFile c = session.intakes().caseFile(caseId)
                    .orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
            return new CaseHeaderViewModel(c, workerName(c.workerId()), messages);
        }, header -> host.show(new CasePageView(messages).build(new CaseHeaderView(header, messages).build(),
                List.<Node>of(), host::home)), this::failed);
    }

    private String workerName(String workerId) {
        String name = workerNames.get().get(workerId);
        return name != null ? name : messages.text("casepage.worker_unknown");
    }

    private void failed(Throwable failure) {
        LOG.warn("case page step failed: {}", failure.getClass().getName());
        Button home = Controls.button("case-home", messages.text("intake.to_home"), "mdal-home");
        home.setOnAction(e -> host.home());
        var card = Controls.card(Controls.label(messages.text("casepage.problem"), Css.TITLE),
                Controls.label(FailureText.describe(messages, failure), Css.BODY), home);
        card.setId("case-problem");
        host.show(Controls.screen(card));
        Controls.focusWhenShown(home);
    }
}
