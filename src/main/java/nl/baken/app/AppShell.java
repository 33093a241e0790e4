package nl.baken.app;

import java.time.YearMonth;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.baken.app.ui.HomeView;
import nl.baken.backup.CaseErasure;
import nl.baken.backup.CaseRetention;
import nl.baken.backup.ui.EraseCaseView;
import nl.baken.backup.ui.EraseCaseViewModel;
import nl.baken.backup.ui.RetentionSettingView;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.reports.Statistics;
import nl.baken.reports.StatisticsPeriod;
import nl.baken.reports.ui.StatisticsView;
import nl.baken.reports.ui.StatisticsViewModel;
import nl.baken.backup.BackupReminder;
import nl.baken.backup.BackupService;
import nl.baken.backup.RestoreInPlace;
import nl.baken.backup.ui.BackupReminderView;
import nl.baken.backup.ui.BackupView;
import nl.baken.backup.ui.BackupViewModel;
import nl.baken.backup.ui.PathChoice;
import nl.baken.backup.ui.RestoreView;
import nl.baken.backup.ui.RestoreViewModel;
import nl.baken.session.LogSetup;
import nl.baken.session.Version;
import nl.baken.app.ui.LanguagePicker;
import nl.baken.app.ui.SettingsView;
import nl.baken.audit.ui.AuditView;
import nl.baken.audit.ui.AuditViewModel;
import nl.baken.app.ui.TopBar;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.referral.LocalPartners;
import nl.baken.referral.PartnerProblem;
import nl.baken.referral.ReferralService;
import nl.baken.reports.ui.CaseReportsView;
import nl.baken.session.UnlockedServices;
import nl.baken.referral.ui.ReferralCasesView;
import nl.baken.referral.ui.ReferralCasesViewModel;
import nl.baken.referral.ui.ReferralView;
import nl.baken.referral.ui.ReferralViewModel;
import nl.baken.ui.SaveTarget;
import nl.baken.ui.Actions;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.ClipboardSecrets;
import nl.baken.ui.ControlWarmUp;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.IdleWatcher;
import nl.baken.ui.QuickHide;
import nl.baken.ui.Shortcuts;
import nl.baken.ui.Theme;
import nl.baken.store.CheckReport;
import nl.baken.store.StoreException;
import nl.baken.vault.UnlockThrottle;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import nl.baken.vault.ui.AuditSink;
import nl.baken.vault.ui.ChangePassphraseView;
import nl.baken.vault.ui.ChangePassphraseViewModel;
import nl.baken.vault.ui.RecoverView;
import nl.baken.vault.ui.RekeyView;
import nl.baken.vault.ui.RekeyViewModel;
import nl.baken.vault.ui.RecoverViewModel;
import nl.baken.vault.ui.RecoveryCodeView;
import nl.baken.vault.ui.SetupView;
import nl.baken.vault.ui.SetupViewModel;
import nl.baken.vault.ui.DamagedVaultView;
import nl.baken.vault.ui.UnlockView;
import nl.baken.vault.ui.UnlockViewModel;
import nl.baken.vault.ui.WorkersView;
import nl.baken.vault.ui.WorkersViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window and its navigation: setup, unlock, home, and the lock. Locking first blanks the window, then closes
 * the session in the background, and only then shows the unlock screen; no view that showed personal data is kept.
 */
public final class AppShell {

    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);
    /** Ctrl+L / Ctrl+Shift+H, on macOS ⌘L / ⇧⌘H. */
    private static final Shortcuts SHORTCUTS = Shortcuts.current();

    private final Stage stage;
    private final Vault vault;
    private final BackgroundTasks tasks;
    private final PreferencesStore preferencesStore;
    private final AppConfig config;
    private final StackPane root = new StackPane();
    private final UnlockThrottle throttle = new UnlockThrottle();
    private final IdleWatcher idle;
    private Preferences preferences;
    private Messages messages;
    private UnlockedServices session;
    /** The unlocked screens' frame (top bar above a centre), kept while the session and the language stay. */
    private BorderPane frame;
    private UnlockedServices frameSession;
    private Messages frameMessages;
    private Runnable lockedScreen = Actions.NONE;
    private PathChoice backupFiles;
    /** What the screen on show keeps before a lock (a typed, unsaved answer as a draft); queued before the close. */
    private Runnable beforeLock = Actions.NONE;
    /** Whether others can read the data directory, as last seen off the FX thread. */
    private volatile boolean openToOthers;
    /** The sender organisation typed at setup, saved in the vault at the first unlock. */
    private SettingsView.Sender pendingSender;
    private boolean warmedUp;
    /** The home screen last built in this session, told at lock to drop its list's pending reads. */
    private HomeScreen home;

    public AppShell(Stage stage, AppConfig config, Preferences initial, BackgroundTasks tasks) {
        this.stage = stage;
        this.config = config;
        this.tasks = tasks;
        this.vault = new Vault(config.dataDirectory());
        this.preferencesStore = new PreferencesStore(config.dataDirectory().preferencesFile());
        this.preferences = initial;
        if (config.languageOverride() != null && Messages.LANGUAGES.contains(config.languageOverride())) {
            preferences = preferences.withLanguage(config.languageOverride());
        }
        this.messages = Messages.of(preferences.language());
        javafx.geometry.Dimension2D size = WindowSize.onPrimaryScreen();
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        Theme.applyTo(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUTS.lock().match(e) && session != null) {
                e.consume();
                lock();
            } else if (SHORTCUTS.quickHide().match(e) && session != null) {
                e.consume();
                quickHide();
            }
        });
        new QuickHide(this::quickHide, System::currentTimeMillis).install(scene);
        // Enter presses the focused button, so every step can be taken with the keyboard alone.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && scene.getFocusOwner() instanceof Button b
                    && !b.isDisabled()) {
                e.consume();
                b.fire();
            }
        });
        // On a radio button or checkbox, Enter still means "go on": the screen's default button, if it has one.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof javafx.scene.control.ToggleButton) {
                scene.getRoot().lookupAll(".button").stream()
                        .filter(n -> n instanceof Button b && b.isDefaultButton() && !b.isDisabled()
                                && b.isVisible() && b.getScene() == scene)
                        .findFirst().ifPresent(n -> {
                            e.consume();
                            ((Button) n).fire();
                        });
            }
        });
        idle = new IdleWatcher(scene, () -> {
            LOG.info("auto-lock after idle time");
            lock();
        });
        stage.iconifiedProperty().addListener((o, was, iconified) -> {
            if (iconified && preferences.lockWhenMinimised() && session != null) {
                LOG.info("lock on minimise");
                lock();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.text("app.title"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
    }

    public Messages messages() {
        return messages;
    }

    /** The session while unlocked, for the features that build on it; null when locked. */
    public UnlockedServices session() {
        return session;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * Looks at the data directory in the background and opens setup, unlock, or a clear problem screen; a data
     * directory that other accounts can read is said on the setup and unlock screens.
     */
    public void start() {
        blank();
        tasks.run(() -> {
            openToOthers = config.dataDirectory().othersHaveAccess();
            return vault.state() == Vault.State.NEW ? List.<String>of() : vault.workerNames();
        }, names -> {
            if (names.isEmpty()) {
                showSetup();
            } else {
                showUnlock(names);
            }
        }, this::showProblem);
    }

    /** Replaces the window's content with a neutral, empty screen at once. */
    public void blank() {
        Label neutral = new Label();
        StackPane pane = new StackPane(neutral);
        pane.getStyleClass().add(Css.BLANK);
        pane.setId("blank-screen");
        root.getChildren().setAll(pane);
        clearStaleFocus();
    }

    /** Locks: blanks at once, closes the database and zeroes the key in the background, then shows unlock. */
    public void lock() {
        UnlockedServices closing = session;
        if (closing == null) {
            return;
        }
        keepBeforeLock();
        session = null;
        forgetFrame();
        idle.stop();
        blank();
        ClipboardSecrets.clearIfHeld();
        tasks.run(closing::close, this::start, failure -> start());
    }

    /** Lets the screen on show queue its last writes (a draft) on the worker, ahead of the close. */
    private void keepBeforeLock() {
        Runnable keep = beforeLock;
        beforeLock = Actions.NONE;
        try {
            keep.run();
        } catch (RuntimeException e) {
            LOG.warn("keeping the screen's draft failed: {}", e.getClass().getName());
        }
    }

    /**
     * Quick-hide: blanks the window at once and locks. Answers already given are queued on the single worker
     * thread before the close, so they are written first; after unlock, home offers to resume.
     */
    public void quickHide() {
        if (session == null) {
            return;
        }
        LOG.info("quick-hide");
        // The window goes blank first; lock() then queues the draft of a typed answer ahead of the close.
        blank();
        lock();
    }

    /** After a lock nothing of the last screens is kept: the frame and its centre go. */
    private void forgetFrame() {
        if (home != null) {
            home.forget();
            home = null;
        }
        frame = null;
        frameSession = null;
        frameMessages = null;
    }

    /** The focus must not stay on a control of a screen that is gone: keys would go nowhere. */
    private void clearStaleFocus() {
        if (root.getScene() != null) {
            root.requestFocus();
        }
    }

    private void show(Parent content) {
        root.getChildren().setAll(content);
        clearStaleFocus();
        stage.setTitle(messages.text("app.title"));
    }

    private Node languagePicker() {
        return LanguagePicker.row(messages, lang -> {
            preferences = preferences.withLanguage(lang);
            messages = Messages.of(lang);
            savePreferences();
            lockedScreen.run();
        });
    }

    private void showSetup() {
        lockedScreen = this::showSetup;
        SetupViewModel[] made = new SetupViewModel[1];
        SetupViewModel model = new SetupViewModel(vault, tasks, messages, code -> {
            // The sender given at setup is kept until the first unlock, which saves it in the vault.
            pendingSender = new SettingsView.Sender(made[0].organisationProperty().get().strip(),
                    made[0].organisationContactProperty().get().strip());
            showRecoveryCode(code);
        });
        made[0] = model;
        show(withNotice(new SetupView(model, messages).build(languagePicker())));
    }

    /** A locked screen with, above it, the warning that others can read the data directory (when they can). */
    private Parent withNotice(Parent screen) {
        if (!openToOthers) {
            return screen;
        }
        Label notice = Controls.label(messages.text("problem.open_to_others", config.dataDirectory().root()),
                Css.HINT);
        notice.setId("data-dir-warning");
        notice.setWrapText(true);
        BorderPane pane = new BorderPane(screen);
        pane.setTop(notice);
        BorderPane.setMargin(notice, new javafx.geometry.Insets(8, 16, 0, 16));
        return pane;
    }

    private void showRecoveryCode(char[] code) {
        lockedScreen = this::start;
        show(new RecoveryCodeView(messages).build(code, this::start));
    }

    private void showUnlock(List<String> workers) {
        lockedScreen = () -> showUnlock(workers);
        UnlockViewModel model = new UnlockViewModel(vault, tasks, messages, throttle, this::unlocked);
        model.setOnDamaged(damage -> showDamaged(messages.text(damage.reason().messageKey()),
                damage.getCause() instanceof StoreException s ? s.where() : ""));
        model.setWorkers(workers);
        show(withNotice(new UnlockView(model, messages).build(languagePicker(), () -> showRecover(workers),
                () -> showRestore(workers))));
        if (!warmedUp) {
            warmedUp = true;
            ControlWarmUp.start(stage.getScene().getStylesheets());
            ClassPreloader.start(new HomeWarmUp(stage.getScene().getStylesheets(), messages));
        }
    }

    /** "Back-up terugzetten", only while locked: the backup replaces this vault, then the unlock screen shows. */
    private void showRestore(List<String> workers) {
        showRestore(workers, backupFiles());
    }

    /** As {@link #showRestore(List)}, choosing the file with {@code files} (a fixed path in tests). */
    public void showRestore(List<String> workers, PathChoice files) {
        showRestore(() -> showUnlock(workers), files);
    }

    /** The restore screen; {@code back} is the screen it was opened from (unlock, or the damaged vault). */
    private void showRestore(Runnable back, PathChoice files) {
        if (session != null) {
            return;
        }
        lockedScreen = () -> showRestore(back, files);
        RestoreViewModel model = new RestoreViewModel(new RestoreInPlace(backupService(), config.dataDirectory(),
                LogSetup.heldFiles(config.dataDirectory())),
                tasks, messages, config.clock().getZone());
        show(new RestoreView(model, messages, files).build(languagePicker(), back, this::start));
    }

    /** How the restore screen picks a backup file: the platform's dialog, unless a test set a fixed one. */
    private PathChoice backupFiles() {
        return backupFiles != null ? backupFiles : PathChoice.backupFileDialog(messages);
    }

    /** Tests: the restore screens (from unlock or from the damaged vault) choose {@code files} instead of a dialog. */
    public void chooseBackupFilesWith(PathChoice files) {
        backupFiles = files;
    }

    /** What the worker saves from here stays out of the data folder. */
    private DataFolderGuard dataFolderGuard() {
        return new DataFolderGuard(config.dataDirectory(), messages);
    }

    private BackupService backupService() {
        return new BackupService(config.clock(), new java.security.SecureRandom(), Version.current());
    }

    /** "Back-up maken", with the platform's folder dialog. */
    private void showBackup() {
        showBackup(PathChoice.folderDialog(messages));
    }

    /** "Back-up maken", choosing the folder with {@code folders} (a fixed path in tests). */
    public void showBackup(PathChoice chosen) {
        UnlockedServices s = session;
        if (s == null) {
            return;
        }
        PathChoice folders = dataFolderGuard().guard(chosen);
        BackupViewModel model = new BackupViewModel(backupService(), new BackupViewModel.Session(s.vault(),
                backupReminder(s), event -> s.audit().record(s.workerId(), event, null), config.clock()), tasks,
                messages, Platform::runLater);
        showUnlocked(new BackupView(model, messages, folders).build(this::showHome));
    }

    private static BackupReminder backupReminder(UnlockedServices s) {
        return new BackupReminder(new JooqSettingsRepository(s.vault().store()), s.clock());
    }

    /** The home screen with, below it, the backup line (read in the background: a reminder when one is due). */
    private Parent withBackupLine(UnlockedServices shown, Parent home) {
        BorderPane pane = new BorderPane(home);
        tasks.run(() -> BackupReminderView.Status.of(backupReminder(shown)), status -> {
            if (session == shown) {
                pane.setBottom(new BackupReminderView(messages).build(status, config.clock().getZone(),
                        this::showBackup));
            }
        }, f -> LOG.warn("backup reminder not read: {}", f.getClass().getName()));
        return pane;
    }

    private void showRecover(List<String> workers) {
        lockedScreen = () -> showRecover(workers);
        RecoverViewModel model = new RecoverViewModel(vault, tasks, messages, this::unlocked);
        model.setWorkers(workers);
        show(new RecoverView(model, messages).build(() -> showUnlock(workers)));
    }

    private void unlocked(UnlockedVault open) {
        blank();
        SettingsView.Sender sender = pendingSender;
        pendingSender = null;
        tasks.run(() -> {
            UnlockedServices opened = UnlockedServices.open(open, config.clock(),
                    config.dataDirectory().root().resolve("questionnaires"));
            if (sender != null && !sender.name().isEmpty() && opened.referrals().organisation().name().isEmpty()) {
                opened.referrals().saveOrganisation(new ReferralService.Organisation(sender.name(),
                        sender.contact()), opened.workerId());
            }
            // The national partners are in already (open); this adds the data directory's own, with any problems
            // in the worker's language.
            return new Opened(opened, opened.referrals().ensurePartners(messages, config.dataDirectory().root()));
        }, o -> {
            session = o.session();
            idle.start(preferences.autoLockAfter());
            // The full check reads the whole vault: it starts once the list shows and the search index is filled,
            // so it never delays either (on two cores it would take a core from them).
            showHome(() -> checkInTheBackground(o.session()));
            tellRefusedPartners(o.refusedPartners());
        }, failure -> {
            tasks.run(open::close, this::closeFailed);
            showProblem(failure);
        });
    }

    /** The home screen; features replace its centre through {@link #showUnlocked(Parent)}. */
    public void showHome() {
        showHome(Actions.NONE);
    }

    /**
     * The home screen; {@code settled} runs once its case list shows and the search index is filled (or the home
     * screen could not be read).
     */
    private void showHome(Runnable settled) {
        if (session == null) {
            return;
        }
        UnlockedVault open = session.vault();
        IntakeScreens intakes = intakeScreens();
        HomeView.Actions actions = new HomeView.Actions(this::lock, intakes::start, this::showSettings,
                open.isAdministrator() ? this::showWorkers : null, this::showPassphrase, this::quickHide,
                this::showStatistics, open.isAdministrator() ? this::showAuditLog : null);
        UnlockedServices shown = session;
        if (home != null) {
            home.forget();
        }
        home = new HomeScreen(shown, vault, tasks, messages);
        home.build(
                new HomeScreen.Routes(actions, this::showReferralCases, intakes::resume, this::showCase), home -> {
                    if (session == shown) {
                        show(withBackupLine(shown, home));
                    }
                }, failure -> {
                    if (session == shown) {
                        homeNotRead(failure);
                        settled.run();
                    }
                }, () -> {
                    if (session == shown) {
                        settled.run();
                    }
                });
    }

    /** The home screen could not be read: said in the worker's words under the top bar, with "try again". */
    private void homeNotRead(Throwable failure) {
        LOG.warn("home screen not read: {}", failure.getClass().getName());
        Label body = Controls.label(messages.text("home.not_read") + " " + FailureText.describe(messages, failure),
                Css.BODY);
        body.setId("home-not-read");
        Button retry = Controls.button("home-retry", messages.text("problem.retry"), "mdmz-refresh");
        retry.setOnAction(e -> showHome());
        showUnlocked(Controls.screen(Controls.card(body, retry)));
    }

    private IntakeScreens intakeScreens() {
        UnlockedServices s = session;
        return new IntakeScreens(s.intakes(), s.consent(), tasks, messages, s.workerId(), s.vault().workerName(),
                new IntakeScreens.Host() {
                    @Override
                    public void show(Parent content) {
                        if (session == s) {
                            showUnlocked(content);
                        }
                    }

                    @Override
                    public void show(Parent content, Runnable keepBeforeLock) {
                        if (session == s) {
                            showUnlocked(content);
                            beforeLock = keepBeforeLock;
                        }
                    }

                    @Override
                    public void home() {
                        showHome();
                    }
                });
    }

    /**
     * The case page of one case: its head, intakes, consent, referrals and the desk's own parts. The home screen
     * and the case list lead here; it does nothing while locked.
     */
    public void showCase(String caseId) {
        showCase(caseId, CaseReportsView.fileChooser());
    }

    /** The case page, its reports saved where {@code reportTarget} says (a file chooser, or a fixed path in tests). */
    public void showCase(String caseId, CaseReportsView.SaveTarget reportTarget) {
        if (session == null) {
            return;
        }
        caseScreens(dataFolderGuard().guard(reportTarget)).show(caseId);
    }

    private CaseScreens caseScreens(CaseReportsView.SaveTarget reportTarget) {
        UnlockedServices s = session;
        return new CaseScreens(s, vault::workersById, tasks, messages, new CaseScreens.Host() {
            @Override
            public void show(Parent content) {
                if (session == s) {
                    showUnlocked(content);
                }
            }

            @Override
            public void home() {
                showHome();
            }

            @Override
            public void resumeIntake(String intakeId) {
                if (session == s) {
                    intakeScreens().resume(intakeId);
                }
            }

            @Override
            public void startIntake(String caseId, Runnable back) {
                if (session == s) {
                    intakeScreens().startForCase(caseId, back);
                }
            }

            @Override
            public void consent(String caseId, Runnable after) {
                if (session == s) {
                    intakeScreens().consentForCase(caseId, after);
                }
            }

            @Override
            public void refer(String caseId, Runnable back) {
                if (session == s) {
                    showReferral(caseId, ReferralView.fileChooser(messages), back);
                }
            }

            @Override
            public void erase(String caseId, Runnable back) {
                if (session == s) {
                    showErase(caseId, back);
                }
            }
        }, reportTarget);
    }

    /** The referral of a case: partner, items, preview, save, password once; the file goes where the worker says. */
    public void showReferral(String caseId) {
        showReferral(caseId, ReferralView.fileChooser(messages));
    }

    /** The referral of a case, saving where {@code target} says (a file chooser, or a fixed path in tests). */
    public void showReferral(String caseId, SaveTarget target) {
        showReferral(caseId, target, this::showHome);
    }

    /** The referral of a case; leaving it goes {@code back} (the case page or the list it was chosen from). */
    private void showReferral(String caseId, SaveTarget chosen, Runnable back) {
        if (session == null) {
            return;
        }
        SaveTarget target = dataFolderGuard().guard(chosen);
        ReferralViewModel model = new ReferralViewModel(session.referrals(), tasks, messages, caseId,
                session.workerId(), session.vault().workerName(), ReferralView.systemClipboard(),
                ReferralView.fxDelay());
        // Blocked for lack of consent: the case's consent step, then back to this case's referral.
        showUnlocked(new ReferralView(model, messages, target).build(back,
                () -> intakeScreens().consentForCase(caseId, () -> showReferral(caseId, chosen, back))));
    }

    /** The statistics screen (cases with statistics consent only, small counts as {@code <5}). */
    public void showStatistics() {
        showStatistics(StatisticsView.fileChooser(messages));
    }

    /** The statistics screen, saving where {@code target} says (a file chooser, or a fixed path in tests). */
    public void showStatistics(SaveTarget chosen) {
        if (session == null) {
            return;
        }
        SaveTarget target = dataFolderGuard().guard(chosen);
        UnlockedServices s = session;
        StatisticsViewModel model = new StatisticsViewModel(new StatisticsViewModel.Source() {
            @Override
            public Statistics statistics(StatisticsPeriod period) {
                return s.statistics().statistics(period, s.workerId());
            }

            @Override
            public void recordExport() {
                s.statistics().recordExport(s.workerId());
            }
        }, tasks, messages, YearMonth.now(s.clock()));
        showUnlocked(new StatisticsView(model, messages, target).build(this::showHome));
    }

    private void showReferralCases() {
        if (session == null) {
            return;
        }
        ReferralCasesViewModel model = new ReferralCasesViewModel(session.referrals(), tasks, messages);
        showUnlocked(new ReferralCasesView(model, messages).build(
                caseId -> showReferral(caseId, ReferralView.fileChooser(messages), this::showReferralCases),
                this::showHome));
    }

    /**
     * Shows a screen of a feature while unlocked, under the top bar with the lock button. The frame with the top
     * bar stays while screens follow each other; only its centre changes, so the bar is not styled anew each time.
     */
    public void showUnlocked(Parent content) {
        if (session == null) {
            return;
        }
        if (frame == null || frameSession != session || frameMessages != messages) {
            frame = new BorderPane();
            frame.setTop(TopBar.build(messages, session.vault().workerName(), this::lock, this::quickHide));
            frameSession = session;
            frameMessages = messages;
        }
        beforeLock = Actions.NONE;
        frame.setCenter(content);
        if (root.getChildren().size() == 1 && root.getChildren().get(0) == frame) {
            clearStaleFocus();
        } else {
            show(frame);
        }
    }

    private void showSettings() {
        UnlockedServices s = session;
        tasks.run(() -> new SettingsRead(s.referrals().organisation(), retention(s).months()), read -> {
            if (session != s) {
                return;
            }
            var org = read.organisation();
            RetentionSettingView retention = new RetentionSettingView(messages);
            showUnlocked(new SettingsView(messages).build(preferences,
                    new SettingsView.Sender(org.name(), org.contact()), retention.build(read.months()),
                    (next, sender) -> {
                        if (!retention.read(months -> saveRetention(s, months))) {
                            return;
                        }
                        preferences = next;
                        messages = Messages.of(next.language());
                        savePreferences();
                        saveSender(s, sender);
                        idle.start(preferences.autoLockAfter());
                        showHome();
                    }, this::showHome));
        }, this::showProblem);
    }

    /** What the settings screen reads from the vault before it is shown. */
    private record SettingsRead(ReferralService.Organisation organisation, int months) {
    }

    private CaseRetention retention(UnlockedServices s) {
        return new CaseRetention(s.vault().store(), new JooqSettingsRepository(s.vault().store()), s.clock());
    }

    /** Keeps the retention term in the vault, in the background. */
    private void saveRetention(UnlockedServices s, int months) {
        tasks.run(() -> retention(s).setMonths(Integer.toString(months)), f -> {
            LOG.warn("retention term not saved: {}", f.getClass().getName());
            tellWorker("erase.term.not_saved", f);
        });
    }

    /**
     * The confirmation before a case is erased (ADR 0014), then the erasure in the background; the vault it hands
     * back, unlocked on the rewritten file, becomes the session, and home is shown. A failure after the vault was
     * locked on the way locks the app.
     */
    private void showErase(String caseId, Runnable back) {
        UnlockedServices s = session;
        if (s == null) {
            return;
        }
        EraseCaseViewModel model = new EraseCaseViewModel(new CaseErasure(vault, config.clock()), s.vault(), tasks,
                messages, caseId, reopened -> erased(s, reopened), failure -> {
                    if (session == s) {
                        lock();
                    }
                });
        showUnlocked(new EraseCaseView(model, messages).build(back));
        model.load();
    }

    private void erased(UnlockedServices old, UnlockedVault reopened) {
        if (session != old) {
            // Locked meanwhile (idle time, quick-hide): the reopened vault is locked too.
            tasks.run(reopened::close, f -> LOG.warn("closing after erasure failed: {}", f.getClass().getName()));
            return;
        }
        session = null;
        forgetFrame();
        idle.stop();
        blank();
        tasks.run(old::close, () -> unlocked(reopened), f -> unlocked(reopened));
    }

    /** Keeps the sender organisation in the vault (in the background, audited by the referral service). */
    private void saveSender(UnlockedServices s, SettingsView.Sender sender) {
        if (sender == null) {
            return;
        }
        tasks.run(() -> s.referrals().saveOrganisation(new ReferralService.Organisation(sender.name(),
                sender.contact()), s.workerId()), f -> {
                    LOG.warn("sender not saved: {}", f.getClass().getName());
                    tellWorker("settings.sender_not_saved", f);
                });
    }

    private void showWorkers() {
        WorkersViewModel model = new WorkersViewModel(vault, session.vault(), tasks, messages, auditSink());
        showUnlocked((Parent) new WorkersView(model, messages).build(this::showHome, this::showRekey));
    }

    /** The administrator's "Sleutel vernieuwen" (rekey); afterwards the vault is locked and a new code shown once. */
    public void showRekey() {
        UnlockedServices s = session;
        if (s == null || !s.vault().isAdministrator()) {
            return;
        }
        java.time.Clock clock = config.clock();
        String by = s.workerId();
        RekeyViewModel model = new RekeyViewModel(vault, s.vault(), tasks, messages, store -> {
            nl.baken.audit.AuditLog audit = new nl.baken.audit.AuditLog(store, clock);
            audit.record(by, "VAULT_REKEY", null);
            return store.check(audit::chainProblems);
        });
        tasks.run(vault::workerNames, names -> {
            if (session == s) {
                showUnlocked(new RekeyView(model, messages).build(names, this::showWorkers, code -> rekeyed(s, code)));
            }
        }, this::showProblem);
    }

    /** After a rekey the session is over (its key is gone): the new recovery code, once, then the unlock screen. */
    private void rekeyed(UnlockedServices rekeyedSession, char[] code) {
        if (session == rekeyedSession) {
            session = null;
            forgetFrame();
            idle.stop();
        }
        tasks.run(rekeyedSession::close, this::closeFailed);
        if (code == null) {
            start();
        } else {
            showRecoveryCode(code);
        }
    }

    /** The administrator's audit log (issue 15): filters and "Controleren"; opening it is audited. */
    private void showAuditLog() {
        UnlockedServices s = session;
        AuditViewModel model = new AuditViewModel(s.audit(), s.workerId(), vault::workersById, tasks, messages,
                s.clock().getZone());
        showUnlocked((Parent) new AuditView(model, messages).build(this::showHome));
    }

    private void showPassphrase() {
        ChangePassphraseViewModel model = new ChangePassphraseViewModel(session.vault(), tasks, messages,
                auditSink());
        showUnlocked((Parent) new ChangePassphraseView(model, messages).build(this::showHome));
    }

    private AuditSink auditSink() {
        UnlockedServices s = session;
        return (event, subject) -> s.audit().record(s.workerId(), event, subject);
    }

    private void savePreferences() {
        Preferences snapshot = preferences;
        tasks.run(() -> preferencesStore.save(snapshot), f -> {
            LOG.warn("preferences not saved: {}", f.getClass().getName());
            tellWorker("settings.preferences_not_saved", f);
        });
    }

    /**
     * Tells the worker that something they asked for did not happen, with the reason in their language; shown
     * without waiting, so the screen behind stays usable.
     */
    private void tellWorker(String whatKey, Throwable failure) {
        warn("failure-notice", messages.text(whatKey) + " " + FailureText.describe(messages, failure));
    }

    /** A warning over the window that does not wait for its OK, so the screen behind stays usable. */
    private void warn(String id, String text) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                text, javafx.scene.control.ButtonType.OK);
        alert.setTitle(messages.text("problem.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        if (stage.getScene() != null) {
            alert.initOwner(stage);
        }
        alert.show();
    }

    /** A session just opened, with the problems of the data directory's partners.yaml when it was refused. */
    private record Opened(UnlockedServices session, List<PartnerProblem> refusedPartners) {
    }

    /**
     * A broken partners.yaml in the data directory is told at unlock, with its lines, without waiting: none of
     * its partners was saved, and the partners the vault already holds stay as they were.
     */
    private void tellRefusedPartners(List<PartnerProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(messages.text("app.unlock.partners_refused", LocalPartners.FILE))
                .append('\n');
        problems.forEach(p -> text.append('\n').append(p.format()));
        warn("partners-refused", text.toString());
    }

    /** Closing a session at lock or shutdown failed: H2 has written every commit already, so it is only logged. */
    private void closeFailed(Throwable failure) {
        LOG.warn("closing the vault failed: {}", failure.getClass().getName());
    }

    /**
     * The full check after unlock, on a thread of its own (the worker thread stays free for autosave). Damage found
     * locks the vault and shows the damaged-vault screen; a check cut short by a lock is ignored. The memory the check
     * leaves behind is given back once the worker does not type for a moment (ADR 0020).
     */
    private void checkInTheBackground(UnlockedServices checked) {
        Thread t = new Thread(() -> {
            CheckReport report;
            try {
                report = checked.check();
            } catch (RuntimeException e) {
                LOG.warn("background check stopped: {}", e.getClass().getName());
                return;
            }
            LOG.info("background check: {}, {} problems", report.counts(), report.problems().size());
            if (!report.healthy()) {
                Platform.runLater(() -> {
                    if (session == checked) {
                        LOG.warn("background check found damage; locking");
                        session = null;
                        forgetFrame();
                        idle.stop();
                        tasks.run(checked::close, this::closeFailed);
                        showDamaged(messages.text("vault.damaged.check_failed", report.problems().size()),
                                report.problems().get(0));
                    }
                });
            }
            HeapFootprint.compactWhenQuiet(idle::nanosSinceInput);
        }, "baken-vault-check");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void showDamaged(String what, String where) {
        lockedScreen = () -> showDamaged(what, where);
        show(new DamagedVaultView(messages).build(languagePicker(), what, where, config.dataDirectory().root(),
                this::start, () -> showRestore(() -> showDamaged(what, where), backupFiles())));
    }

    private void showProblem(Throwable failure) {
        String text = FailureText.describe(messages, failure);
        LOG.warn("problem screen: {}", failure instanceof VaultException v ? v.reason() : failure.getClass().getName());
        Label title = Controls.label(messages.text("problem.title"), Css.TITLE);
        Label body = Controls.label(text, Css.BODY);
        body.setId("problem-message");
        Label where = Controls.label(messages.text("problem.where", config.dataDirectory().root()), Css.HINT);
        Button retry = Controls.button("problem-retry", messages.text("problem.retry"), "mdmz-refresh");
        retry.setOnAction(e -> start());
        lockedScreen = () -> showProblem(failure);
        show(Controls.screen(Controls.card(languagePicker(), title, body, where, retry)));
    }

    /** At shutdown: closes a session that is still open, waiting for queued saves to be written first. */
    void closeSessionForShutdown() {
        ClipboardSecrets.clearIfHeld();
        UnlockedServices closing = session;
        session = null;
        forgetFrame();
        if (closing != null) {
            tasks.run(closing::close, this::closeFailed);
        }
        tasks.drain();
    }

    /** Closes the window: locks (closing the database cleanly) and then exits. */
    public void close() {
        UnlockedServices closing = session;
        if (closing != null) {
            keepBeforeLock();
        }
        session = null;
        forgetFrame();
        idle.stop();
        blank();
        ClipboardSecrets.clearIfHeld();
        if (closing == null) {
            Platform.exit();
            return;
        }
        tasks.run(closing::close, Platform::exit, f -> Platform.exit());
    }
}
