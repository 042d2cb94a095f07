package id.etalase.common;

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

    /**
     * A price as sellers type it — 25000, 25.000, Rp 25.000, 25.000,00 — in whole rupiah; null when blank (the
     * price is agreed in the chat). Anything else is not a price.
     */
    public static Long parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replaceFirst("(?i)^rp\\.?\\s*", "").replace(" ", "");
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
