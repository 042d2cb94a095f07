package id.etalase.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts a handle the way members type it (@name, name, or the profile URL) and keeps the bare name; and a
 * marketplace shop as a name or an address with or without https://, kept as the full https address.
 */
public final class SocialHandles {

    private static final Pattern INSTAGRAM = Pattern.compile(
            "(?:https?://)?(?:www\\.)?instagram\\.com/([^/?#\\s]+)/?(?:[?#].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIKTOK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?tiktok\\.com/@([^/?#\\s]+)/?(?:[?#].*)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern SHOPEE = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?(shopee\\.co\\.id|id\\.shp\\.ee)/(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKOPEDIA = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?(tokopedia\\.com|tokopedia\\.link|tk\\.tokopedia\\.com)/(\\S+)",
            Pattern.CASE_INSENSITIVE);
    /** A shop name as both marketplaces allow it. */
    private static final Pattern SHOP_NAME = Pattern.compile("@?([A-Za-z0-9][A-Za-z0-9._-]{1,59})");

    private SocialHandles() {
    }

    /** https://shopee.co.id/name from "name", "shopee.co.id/name" or a share link; anything else as typed. */
    public static String shopee(String typed) {
        return shop(typed, SHOPEE, "shopee.co.id");
    }

    /** https://www.tokopedia.com/name from "name", "tokopedia.com/name" or a share link; anything else as typed. */
    public static String tokopedia(String typed) {
        return shop(typed, TOKOPEDIA, "www.tokopedia.com");
    }

    private static String shop(String typed, Pattern address, String canonicalHost) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        Matcher url = address.matcher(text);
        if (url.matches()) {
            String host = url.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean main = host.equals("shopee.co.id") || host.equals("tokopedia.com");
            return "https://" + (main ? canonicalHost : host) + "/" + url.group(2);
        }
        Matcher name = SHOP_NAME.matcher(text);
        return name.matches() ? "https://" + canonicalHost + "/" + name.group(1) : text;
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
