package id.etalase.account;

import java.util.concurrent.ThreadLocalRandom;

/** Numbers and passwords for accounts a test makes for itself. */
public final class TestAccounts {

    public static final String PASSWORD = "kopi-lampung-8";
    /** The first admin the test profile creates (etalase.account.admin.* in application.properties). */
    public static final String ADMIN_PHONE = "0811-1000-0001";
    public static final String ADMIN_PASSWORD = "admin-uji-rahasia";

    private TestAccounts() {
    }

    /** A Telkomsel mobile number no other test uses, as a member would type it: 0812… */
    public static String newPhone() {
        return "0812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The same number as stored: 62812… */
    public static String stored(String typed) {
        return "62" + typed.replaceAll("\\D", "").substring(1);
    }
}
