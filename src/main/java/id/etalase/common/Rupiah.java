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
}
