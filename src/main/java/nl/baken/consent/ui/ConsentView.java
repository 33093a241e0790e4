package nl.baken.consent.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentSigner;
import nl.baken.i18n.ClientTexts;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/**
 * The consent screen: plain words to read aloud, and per purpose "yes", "no" or "withdrawn", with date and worker.
 * In an intake with a client language the words the person hears also stand in that language, below the worker's.
 */
public final class ConsentView {

    /** A purpose is about twenty nodes (three choices with their skins), built and styled in a pulse of its own. */
    private static final int PURPOSES_PER_PULSE = 1;

    private final ConsentViewModel model;
    private final Messages messages;
    private final Optional<ClientTexts> client;

    public ConsentView(ConsentViewModel model, Messages messages) {
        this(model, messages, Optional.empty());
    }

    /** {@code client}: the texts in the person's language, when the talk is not in the worker's. */
    public ConsentView(ConsentViewModel model, Messages messages, Optional<ClientTexts> client) {
        this.model = model;
        this.messages = messages;
        this.client = client;
    }

    /** The bundle keys of every text on the consent step that the person hears (read aloud or shown). */
    public static List<String> heardKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (ConsentPurpose p : ConsentPurpose.all()) {
            keys.add(p.titleKey());
            keys.add(p.textKey());
        }
        keys.add("consent.no_record.body");
        return List.copyOf(keys);
    }

    /**
     * The person's own words for a text the worker reads out: a label in the client style below the worker's, or
     * null when the talk is in the worker's language.
     */
    public static Label clientLabel(Optional<ClientTexts> client, String key, String id) {
        return client.flatMap(c -> c.text(key)).map(t -> {
            Label l = Controls.label(t, Css.CLIENT_TEXT);
            l.setId(id);
            return l;
        }).orElse(null);
    }

    /** {@code onSaved} receives whether keeping the record is given; {@code onBack} leaves without saving. */
    public Parent build(Consumer<Boolean> onSaved, Runnable onBack) {
        VBox card = Controls.card(
                Controls.label(messages.text("consent.title"), Css.TITLE),
                Controls.label(messages.text("consent.intro"), Css.BODY),
                Controls.label(messages.text("consent.read_aloud"), Css.HINT));
        // Each purpose is built in the pulse that adds it; the first one at once, with the focus on "yes, keep it".
        List<Supplier<VBox>> purposes = model.rows().stream().<Supplier<VBox>>map(row -> () -> purposeBox(row))
                .toList();
        Label failed = Controls.label(messages.text("consent.save_failed"), Css.ERROR);
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(failed.visibleProperty());
        Button save = Controls.button("consent-save", messages.text("consent.save"), "mdal-check");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save(onSaved));
        save.setDefaultButton(true);
        Button back = Controls.button("consent-back", messages.text("common.back"), "mdal-arrow_back");
        back.setOnAction(e -> onBack.run());
        Label unchosen = Controls.label(messages.text("consent.choose_store"), Css.ERROR);
        unchosen.setId("consent-choose-store");
        unchosen.visibleProperty().bind(model.storeUnchosenProperty());
        unchosen.managedProperty().bind(unchosen.visibleProperty());
        model.storeUnchosenProperty().addListener((o, was, now) -> {
            Node given = now ? card.lookup("#consent-store-given") : null;
            if (given != null) {
                given.requestFocus();
                javafx.application.Platform.runLater(() -> Controls.ensureVisible(unchosen));
            }
        });
        // The question to choose stands just above "keeping your details", the first purpose.
        card.getChildren().addAll(unchosen, failed);
        RowsPerPulse.build(card, 4, purposes, PURPOSES_PER_PULSE);
        card.setMaxWidth(820);
        Optional.ofNullable(card.lookup("#consent-store-given")).ifPresent(Controls::focusWhenShown);
        return Controls.screen(card, Controls.bar(back, save));
    }

    private VBox purposeBox(ConsentViewModel.Row row) {
        ConsentPurpose p = row.purpose();
        String id = "consent-" + p.code().replace(':', '-').replace('_', '-');
        Label title = Controls.label(messages.text(p.titleKey()), Css.SUBTITLE);
        Label text = Controls.label(messages.text(p.textKey()), Css.BODY);
        Label clientTitle = clientLabel(client, p.titleKey(), id + "-client-title");
        Label clientText = clientLabel(client, p.textKey(), id + "-client-text");
        ToggleGroup group = new ToggleGroup();
        RadioButton given = radio(id + "-given", messages.text("consent.decision.given"), group);
        RadioButton declined = radio(id + "-declined", messages.text("consent.decision.declined"), group);
        RadioButton withdrawn = radio(id + "-withdrawn", messages.text("consent.decision.withdrawn"), group);
        withdrawn.disableProperty().bind(row.mayWithdrawProperty().not());
        given.setUserData(ConsentDecision.GIVEN);
        declined.setUserData(ConsentDecision.DECLINED);
        withdrawn.setUserData(ConsentDecision.WITHDRAWN);
        select(group, row.decisionProperty().get());
        row.decisionProperty().addListener((o, was, now) -> select(group, now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null && now.getUserData() != row.decisionProperty().get()) {
                model.decide(p, (ConsentDecision) now.getUserData());
            }
        });
        Label recorded = Controls.label("", Css.HINT);
        recorded.setId(id + "-recorded");
        recorded.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                row.recordedProperty().get().isEmpty() ? messages.text("consent.not_recorded")
                        : messages.text("consent.recorded", row.recordedProperty().get()), row.recordedProperty()));
        VBox box = new VBox(6, title, text);
        if (clientTitle != null && clientText != null) {
            box.getChildren().add(new VBox(2, clientTitle, clientText));
        }
        box.getChildren().addAll(new FlowPane(16, 6, given, declined, withdrawn), recorded);
        if (p.equals(ConsentPurpose.COMENSHA)) {
            box.getChildren().add(comenshaDetails());
        }
        box.getStyleClass().add(Css.CARD);
        return box;
    }

    private VBox comenshaDetails() {
        ToggleGroup group = new ToggleGroup();
        RadioButton person = radio("consent-signer-person", messages.text("consent.signer.person"), group);
        RadioButton parent = radio("consent-signer-parent", messages.text("consent.signer.parent"), group);
        person.setUserData(ConsentSigner.PERSON);
        parent.setUserData(ConsentSigner.PARENT_OR_GUARDIAN);
        (model.signerProperty().get() == ConsentSigner.PERSON ? person : parent).setSelected(true);
        model.signerProperty().addListener((o, was, now) ->
                (now == ConsentSigner.PARENT_OR_GUARDIAN ? parent : person).setSelected(true));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.signerProperty().set((ConsentSigner) now.getUserData());
            }
        });
        CheckBox form = new CheckBox(messages.text("consent.form_received"));
        form.setId("consent-form-received");
        form.setAccessibleText(form.getText());
        form.selectedProperty().bindBidirectional(model.formReceivedProperty());
        return new VBox(6, Controls.label(messages.text("consent.signer.title"), Css.BODY),
                new FlowPane(16, 6, person, parent), form);
    }

    private static void select(ToggleGroup group, ConsentDecision decision) {
        group.getToggles().stream().filter(t -> t.getUserData() == decision).findFirst()
                .ifPresentOrElse(t -> t.setSelected(true), () -> group.selectToggle(null));
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setAccessibleText(text);
        r.setToggleGroup(group);
        return r;
    }
}
