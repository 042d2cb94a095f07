package id.etalase.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rupiah as Indonesians write it: Rp25.000, with a dot between thousands and no decimals. */
public final class Rupiah {

    private Rupiah() {
    }

    public static String format(long amount) {
        String digits = String.valueOf(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-Rp" : "Rp") + grouped;
    }

    /** "25rb", "25 ribu", "25k", "1,5jt", "2 juta": a number and the thousand or million it stands for. */
    private static final Pattern SHORTHAND = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,3}))?(rb|ribu|k|jt|juta)");

    /**
     * A price as sellers type it — 25000, 25.000, Rp 25.000, 25.000,00, 25rb, 25k, 1,5jt — in whole rupiah; null
     * when blank (the price is agreed in the chat). Anything else, a fraction of a rupiah included, is not a price.
     */
    public static Long parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^rp\\.?\\s*", "").replace(" ", "");
        Matcher shorthand = SHORTHAND.matcher(text);
        if (shorthand.matches()) {
            long unit = shorthand.group(3).startsWith("j") ? 1_000_000 : 1_000;
            long amount = Long.parseLong(shorthand.group(1)) * unit;
            String fraction = shorthand.group(2);
            if (fraction != null) {
                long scale = (long) Math.pow(10, fraction.length());
                long part = Long.parseLong(fraction) * unit;
                if (part % scale != 0) {
                    throw new IllegalArgumentException("not a price: " + typed);
                }
                amount += part / scale;
            }
            return amount;
        }
        if (!text.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d{1,12}(,\\d{1,2})?")) {
            throw new IllegalArgumentException("not a price: " + typed);
        }
        String whole = text.replaceFirst(",\\d{1,2}$", "").replace(".", "");
        if (whole.length() > 12) {
            throw new IllegalArgumentException("not a price: " + typed);
        }
        return Long.parseLong(whole);
    }
}
