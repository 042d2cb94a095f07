package id.etalase.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what looks like an Indonesian mobile number or an IP address in free text, and masks it. */
public final class PersonalData {

    /** 08…, 628… or +62 8… with 7 to 12 more digits, written with or without spaces, dots or dashes. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+.-])(?:\\+?62[ .-]?|0)8(?:[ .-]?\\d){7,12}(?!\\w)");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\w.])");
    /** The full form, or a compressed one with "::" and at least two groups (so no clock time or Java "::" is one). */
    private static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])(?:"
            + "(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
            + "|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}"
            + ")(?![\\w:])");
    public static final String IP_MASK = "[ip]";

    private PersonalData() {
    }

    /** The text with every phone-looking number masked (62812****890) and every IP address but loopback hidden. */
    public static String masked(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = replace(PHONE, text, PhoneNumbers::masked);
        result = replace(IPV6, result, ip -> ip.equals("::1") ? ip : IP_MASK);
        return replace(IPV4, result, ip -> ip.startsWith("127.") || ip.equals("0.0.0.0") ? ip : IP_MASK);
    }

    /** Whether the text holds anything {@link #masked} would change. */
    public static boolean mentionedIn(String text) {
        return text != null && !text.equals(masked(text));
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masker) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masker.apply(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
