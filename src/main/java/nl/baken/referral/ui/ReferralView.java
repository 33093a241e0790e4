package nl.baken.referral.ui;

import java.awt.image.BufferedImage;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralDocument;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralPreview;
import nl.baken.referral.ui.ReferralViewModel.Step;
import nl.baken.ui.SaveTarget;
import nl.baken.ui.ClipboardSecrets;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The referral wizard's screen: builds the nodes of each step and binds them to {@link ReferralViewModel}; its first
 * step also shows the partner directory, the earlier referrals and the sender organisation, each a view of its own.
 */
public final class ReferralView {

    /** The platform's save dialog, limited to PDF files. */
    public static SaveTarget fileChooser(Messages messages) {
        return SaveTarget.fileChooser(messages.text("referral.ui.save_title"));
    }

    /** The system clipboard and an FX timer, for copying the password. */
    public static ReferralViewModel.SecretClipboard systemClipboard() {
        return new ReferralViewModel.SecretClipboard() {
            @Override
            public void put(String text) {
                ClipboardSecrets.put(text);
            }

            @Override
            public boolean holds(String text) {
                return ClipboardSecrets.holds(text);
            }

            @Override
            public void clear() {
                ClipboardSecrets.clearIfHeld();
            }
        };
    }

    public static ReferralViewModel.Delay fxDelay() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }

    private final ReferralViewModel model;
    private final Messages messages;
    private final SaveTarget target;
    private final BorderPane root = new BorderPane();
    /**
     * The buttons of the step on screen, kept below the scrolling content so they are always in reach; the step's
     * main action first, at the left, as in the wizard.
     */
    private Node actions;

    private Runnable openConsent;

    public ReferralView(ReferralViewModel model, Messages messages, SaveTarget target) {
        this.model = model;
        this.messages = messages;
        this.target = target;
    }

    /** The screen; {@code onClose} leaves it (the password, if shown, is forgotten first). */
    public Parent build(Runnable onClose) {
        return build(onClose, null);
    }

    /**
     * The screen, where a referral blocked for lack of consent offers {@code openConsent}: the consent step of
     * this case (null: not offered).
     */
    public Parent build(Runnable onClose, Runnable openConsent) {
        this.openConsent = openConsent;
        root.setId("referral-screen");
        model.stepProperty().addListener((o, was, now) -> show(now, onClose));
        model.draftProperty().addListener((o, was, now) -> {
            if (model.stepProperty().get() == Step.ITEMS) {
                show(Step.ITEMS, onClose);
            }
        });
        show(model.stepProperty().get(), onClose);
        model.load();
        return root;
    }

    private void show(Step step, Runnable onClose) {
        actions = null;
        Node content = switch (step) {
            case PARTNER -> partnerStep(onClose);
            case ITEMS -> itemsStep();
            case PREVIEW -> previewStep();
            case DONE -> doneStep(onClose);
        };
        root.setCenter(Controls.screen(content));
        // Each step takes the keyboard focus itself; otherwise the window gives it to the top bar's first button.
        Node first = Controls.firstFocusable(content);
        if (first != null) {
            Controls.focusWhenShown(first);
        }
        root.setBottom(actions);
    }

    private Label title(String text) {
        return Controls.label(text, Css.TITLE);
    }

    private Node status() {
        Label error = Controls.label("", Css.ERROR);
        error.setId("referral-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = Controls.label("", Css.SUCCESS);
        notice.setId("referral-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        return new VBox(6, busy, error, notice);
    }

    // ---- step 1: partner (with the directory, the sender and the earlier referrals on the same page)

    private Node partnerStep(Runnable onClose) {
        Label heading = title(messages.text("referral.ui.title"));
        Label reference = Controls.label("", Css.SUBTITLE);
        reference.setId("referral-case-ref");
        reference.textProperty().bind(model.caseReferenceProperty().map(r -> messages.text("referral.ui.case", r)));

        PartnerDirectoryView directory = new PartnerDirectoryView(model.directory(), messages);
        ListView<Partner> list = directory.list();

        ComboBox<String> language = new ComboBox<>();
        language.setId("referral-language");
        language.getItems().setAll(ReferralDocument.LANGUAGES);
        language.setValue(model.languageProperty().get());
        language.valueProperty().addListener((o, was, now) -> model.setLanguage(now));
        language.setAccessibleText(messages.text("referral.ui.language"));
        language.setConverter(ReferralForms.converter(l -> "en".equals(l) ? messages.text("referral.ui.language_en")
                : messages.text("referral.ui.language_nl")));
        Label languageLabel = Controls.label(messages.text("referral.ui.language"), Css.BODY);
        languageLabel.setLabelFor(language);

        Button next = Controls.button("referral-next", messages.text("referral.ui.next"), "mdal-arrow_forward");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.directory().selectedProperty().isNull().or(model.busyProperty()));
        next.setOnAction(e -> model.next());
        Button close = Controls.button("referral-close", messages.text("common.back"), "mdal-arrow_back");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());

        VBox card = Controls.card(heading, reference, Controls.label(messages.text("referral.ui.partner"), Css.BODY),
                list, directory.editor(), new HBox(12, languageLabel, language),
                new ReferralHistoryView(model.history(), messages, model.directory()::nameOf).build(),
                new OrganisationView(model.organisation(), messages).build());
        actions = Controls.bar(Pos.CENTER_LEFT, next, close, status());
        card.setMaxWidth(760);
        return card;
    }

    // ---- step 2: items

    private Node itemsStep() {
        ReferralDraft draft = model.draftProperty().get();
        VBox card = Controls.card(title(messages.text("referral.ui.items_title",
                draft == null ? "" : draft.partner().name())));
        card.setMaxWidth(760);
        if (draft == null) {
            return card;
        }
        if (draft.blocked()) {
            Label blocked = Controls.label(model.blockedProperty().get(), Css.URGENT);
            blocked.setId("referral-blocked");
            Button back = Controls.button("referral-back", messages.text("common.back"), "mdal-arrow_back");
            back.setOnAction(e -> model.back());
            javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 12, back);
            if (openConsent != null) {
                Button consent = Controls.button("referral-open-consent", messages.text("referral.ui.open_consent"),
                        "mdal-assignment_turned_in");
                consent.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
                consent.setOnAction(e -> openConsent.run());
                buttons.getChildren().add(consent);
            }
            card.getChildren().addAll(blocked, buttons);
            return card;
        }
        card.getChildren().add(Controls.label(messages.text("referral.ui.items_hint",
                model.directory().audienceLabel(draft.partner().audience())), Css.HINT));
        for (ReferralDraft.DraftSection section : draft.sections()) {
            card.getChildren().add(Controls.label(section.title(), Css.SUBTITLE));
            for (ReferralDraft.DraftItem item : section.items()) {
                card.getChildren().add(itemRow(item));
            }
        }
        if (draft.sections().isEmpty()) {
            card.getChildren().add(Controls.label(messages.text("referral.ui.no_items"), Css.BODY));
        }
        CheckBox name = new CheckBox(messages.text("referral.ui.include_name"));
        name.setId("referral-include-name");
        name.setSelected(model.includeName());
        name.setDisable(draft.name().isEmpty());
        name.selectedProperty().addListener((o, was, now) -> model.setIncludeName(now));
        Button back = Controls.button("referral-back", messages.text("common.back"), "mdal-arrow_back");
        back.setOnAction(e -> model.back());
        Button preview = Controls.button("referral-preview", messages.text("referral.ui.preview"), "mdmz-visibility");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(model.canPreviewProperty().not().or(model.busyProperty()));
        preview.setOnAction(e -> model.preview());
        card.getChildren().addAll(name, Controls.label(messages.text("referral.ui.include_name_hint"), Css.HINT));
        actions = Controls.bar(Pos.CENTER_LEFT, preview, back, status());
        return card;
    }

    private Node itemRow(ReferralDraft.DraftItem item) {
        CheckBox box = new CheckBox(item.question());
        box.setId("referral-item-" + item.questionId());
        box.setWrapText(true);
        box.setSelected(model.isIncluded(item.questionId()));
        Label answer = Controls.label(item.answer(), Css.BODY);
        answer.setId("referral-answer-" + item.questionId());
        VBox row = new VBox(2, box, answer);
        // The answer sits under the question's text, past the checkbox.
        VBox.setMargin(answer, new javafx.geometry.Insets(0, 0, 0, 28));
        if (!item.shared()) {
            Label outside = Controls.label(messages.text("referral.ui.outside_share"), Css.HINT);
            VBox.setMargin(outside, new javafx.geometry.Insets(0, 0, 0, 28));
            TextField reason = new TextField(model.reason(item.questionId()));
            reason.setId("referral-reason-" + item.questionId());
            reason.setPromptText(messages.text("referral.ui.reason"));
            reason.setAccessibleText(messages.text("referral.ui.reason"));
            VBox.setMargin(reason, new javafx.geometry.Insets(0, 0, 0, 28));
            reason.visibleProperty().bind(box.selectedProperty());
            reason.managedProperty().bind(reason.visibleProperty());
            reason.textProperty().addListener((o, was, now) -> model.setReason(item.questionId(), now));
            row.getChildren().addAll(outside, reason);
        }
        box.selectedProperty().addListener((o, was, now) -> model.setIncluded(item.questionId(), now));
        return row;
    }

    // ---- step 3: preview

    private Node previewStep() {
        ReferralPreview.Pages pages = model.pagesProperty().get();
        VBox card = Controls.card(title(messages.text("referral.ui.preview_title")));
        card.setMaxWidth(860);
        if (pages != null) {
            Label count = Controls.label(messages.text("referral.ui.preview_pages", pages.images().size(),
                    pages.totalPages()), Css.HINT);
            count.setId("referral-preview-count");
            FlowPane images = new FlowPane(12, 12);
            images.setId("referral-preview-pages");
            for (BufferedImage image : pages.images()) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
                view.setPreserveRatio(true);
                view.setFitWidth(390);
                view.setSmooth(true);
                view.setAccessibleText(messages.text("referral.ui.preview_page"));
                images.getChildren().add(view);
            }
            card.getChildren().addAll(count, images);
        }
        Button save = Controls.button("referral-save", messages.text("referral.ui.save"), "mdmz-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> {
            // Without a sender the PDF would say "(not set yet)": the first press says so, the second saves.
            if (model.organisation().warnAboutMissing()) {
                return;
            }
            target.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                    messages.text("referral.ui.file_name", model.caseReferenceProperty().get())).ifPresent(model::save);
        });
        Button back = Controls.button("referral-back", messages.text("common.back"), "mdal-arrow_back");
        back.setOnAction(e -> model.back());
        card.getChildren().add(1, Controls.label(messages.text("referral.ui.save_hint"), Css.HINT));
        actions = Controls.bar(Pos.CENTER_LEFT, save, back, status());
        return card;
    }

    // ---- step 4: the password, once

    private Node doneStep(Runnable onClose) {
        Label heading = title(messages.text("referral.ui.done_title"));
        Label password = Controls.label(model.passwordProperty().get(), Css.CODE);
        password.setId("referral-password");
        password.getStyleClass().add(Css.PASSWORD);
        password.setAccessibleText(messages.text("referral.ui.password"));
        Label advice = Controls.label(messages.text("referral.ui.password_advice"), Css.BODY);
        advice.setId("referral-password-advice");
        Button copy = Controls.button("referral-copy", messages.text("referral.ui.copy"), "mdal-content_copy");
        copy.setOnAction(e -> model.copyPassword());
        Button done = Controls.button("referral-done", messages.text("referral.ui.done"), "mdal-check");
        done.setOnAction(e -> model.finish());
        Button home = Controls.button("referral-home", messages.text("referral.ui.home"), "mdal-home");
        home.setOnAction(e -> {
            model.finish();
            onClose.run();
        });
        VBox card = Controls.card(heading, Controls.label(messages.text("referral.ui.password_label"), Css.BODY),
                password, advice, status(), new HBox(12, copy, done, home));
        card.setMaxWidth(760);
        return card;
    }
}
