package id.etalase.common;

import java.util.Locale;

/** SQL LIKE patterns from what a person typed: % and _ match only themselves. Use with {@link #ESCAPE}. */
public final class Like {

    /** Appended after each LIKE that takes one of these patterns. */
    public static final String ESCAPE = " escape '!'";

    private Like() {
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    /** Matches a word inside the text: after a space. */
    public static String wordStartingWith(String text) {
        return "% " + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
