package id.etalase.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Turns how Indonesians write a mobile number (0812…, +62 812…, 62812…) into WhatsApp's digits (62812…). */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * A number as logs may show it: the operator prefix and the last three digits (6281234567890 → 62812****890,
     * 081234567890 → 0812****890), whatever separators it was written with.
     */
    public static String masked(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() < 9) {
            return "****";
        }
        int prefix = digits.startsWith("0") ? 4 : 5;
        return digits.substring(0, prefix) + "****" + digits.substring(digits.length() - 3);
    }

    /** WhatsApp's digits as Indonesians write the number (6281234567890 → 0812-3456-7890); as given if unparsable. */
    public static String local(String digits) {
        try {
            return UTIL.format(UTIL.parse("+" + digits, "ID"), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return digits;
        }
    }

    /** Whether the text is a valid Indonesian fixed-line number (021…, 0721…): no WhatsApp, but not a typo either. */
    public static boolean isLandline(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 30) {
            return false;
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), "ID");
            return number.getCountryCode() == 62 && UTIL.isValidNumber(number)
                    && UTIL.getNumberType(number) == PhoneNumberType.FIXED_LINE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The number as international digits without '+', or empty when it is not a valid Indonesian mobile. */
    public static Optional<String> normaliseMobile(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 30) {
            return Optional.empty();
        }
        String cleaned = raw.strip();
        // "62812…" without '+' is read by libphonenumber as a national number; make it international first.
        if (cleaned.matches("62[\\d\\s.-]{8,}")) {
            cleaned = "+" + cleaned;
        }
        try {
            PhoneNumber number = UTIL.parse(cleaned, "ID");
            PhoneNumberType type = UTIL.getNumberType(number);
            boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            if (number.getCountryCode() != 62 || !UTIL.isValidNumber(number) || !mobile) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
