package nl.baken.ui;

/** Style-class names of Baken's own stylesheet ({@code /ui/baken.css}); views use these, never inline styles. */
public final class Css {
    public static final String SCREEN = "baken-screen";
    public static final String CARD = "baken-card";
    public static final String TITLE = "baken-title";
    public static final String SUBTITLE = "baken-subtitle";
    public static final String BODY = "baken-body";
    public static final String HINT = "baken-hint";
    public static final String ERROR = "baken-error";
    public static final String SUCCESS = "baken-success";
    public static final String TOP_BAR = "baken-top-bar";
    public static final String CODE = "baken-code";
    public static final String EMPTY_STATE = "baken-empty-state";
    public static final String BLANK = "baken-blank";
    public static final String WORKER_NOTE = "baken-worker-note";
    public static final String URGENT = "baken-urgent";
    /** With {@link #URGENT}: a one-line notice in a bar (less padding, the same colour and border). */
    public static final String INLINE = "baken-inline";
    /** With {@link #SCREEN}: the home screen's desk, whose list needs every line of a laptop's screen. */
    public static final String DESK = "baken-desk";
    public static final String SECTION_DONE = "baken-section-done";
    public static final String SECTION_CURRENT = "baken-section-current";
    public static final String SECTION_PENDING = "baken-section-pending";
    public static final String QUESTION = "baken-question";
    public static final String CLIENT_TEXT = "baken-client-text";
    public static final String LINK = "baken-link";
    /** A password shown once: large, monospaced, easy to read out over the phone. */
    public static final String PASSWORD = "baken-password";

    private Css() {
    }
}
