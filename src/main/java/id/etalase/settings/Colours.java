package id.etalase.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/** A theme colour as #rrggbb, and whether text on it stays readable (WCAG 2 contrast). */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

    /** What WCAG AA asks of normal text. */
    static final double READABLE = 4.5;

    private Colours() {
    }

    /** "#9B1C1C", "9b1c1c" → "#9b1c1c"; null when it is not a colour. */
    static String normalise(String typed) {
        if (typed == null || !HEX.matcher(typed.strip()).matches()) {
            return null;
        }
        String hex = typed.strip().toLowerCase(Locale.ROOT);
        return hex.startsWith("#") ? hex : "#" + hex;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
