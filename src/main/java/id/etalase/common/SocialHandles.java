package id.etalase.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accepts a handle the way members type it (@name, name, or the profile URL) and keeps the bare name. */
public final class SocialHandles {

    private static final Pattern INSTAGRAM = Pattern.compile(
            "(?:https?://)?(?:www\\.)?instagram\\.com/([^/?#\\s]+)/?(?:[?#].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIKTOK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?tiktok\\.com/@([^/?#\\s]+)/?(?:[?#].*)?", Pattern.CASE_INSENSITIVE);

    private SocialHandles() {
    }

    public static String instagram(String typed) {
        return bare(typed, INSTAGRAM);
    }

    public static String tiktok(String typed) {
        return bare(typed, TIKTOK);
    }

    /** The bare handle, or the text as typed (stripped) for the entity's validation to judge. */
    private static String bare(String typed, Pattern profileUrl) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        Matcher url = profileUrl.matcher(text);
        if (url.matches()) {
            return url.group(1);
        }
        return text.startsWith("@") ? text.substring(1) : text;
    }
}
