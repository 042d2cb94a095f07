package id.etalase.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one rule for text people type: what may be stored (no control characters, no line breaks outside multi-line
 * fields, nothing HTML or XML forbids) and how a search box's words are tidied before they are searched, counted or
 * shown.
 */
public final class TypedText {

    /** Characters no page, PDF or spreadsheet may carry: controls, lone surrogates and the noncharacters. */
    private static final Pattern UNSHOWABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}"
            + "\\x{1FFFE}\\x{1FFFF}\\x{10FFFE}\\x{10FFFF}]");
    /** Line breaks and the other spaces, Unicode's included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\x{85}]+");
    /** What a multi-line field may hold beyond one line: line breaks and tabs. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\n\r\t]");
    /** A web address or a bare domain (kopi.id, wa.me/62…, bit.ly/x), as far as a one-line field is concerned. */
    private static final Pattern LINK = Pattern.compile("(?i)(\\b(https?|ftp)://|\\bwww\\.|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*"
            + "\\.(com|net|org|id|co|io|me|ly|link|site|xyz|info|biz|app|shop|store|online|top|click|page|to|gl)"
            + "\\b)");

    private TypedText() {
    }

    /**
     * True when the text may be stored: no control character (a multi-line field may hold line breaks and tabs),
     * no lone surrogate, no noncharacter; a one-line field holds no line or paragraph separator either.
     */
    public static boolean storable(String text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        if (!multiLine) {
            return !UNSHOWABLE.matcher(text).find() && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
        }
        return !UNSHOWABLE.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).find();
    }

    /** True when the text holds a web address or a domain name, which names and units must not. */
    public static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }

    /**
     * Words from a search box as they are searched, counted and shown: Unicode NFC, control characters and other
     * unshowable ones removed, every run of spaces or line breaks one space, no space at either end; never null.
     */
    public static String searchWords(String typed) {
        if (typed == null) {
            return "";
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        String spaced = SPACES.matcher(composed).replaceAll(" ");
        return SPACES.matcher(UNSHOWABLE.matcher(spaced).replaceAll("")).replaceAll(" ").strip();
    }
}
