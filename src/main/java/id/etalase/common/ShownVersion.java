package id.etalase.common;

import java.util.function.Supplier;

/**
 * An admin's decision is about the item as the admin was shown it: the queue's forms and the API send the version
 * they listed, and an item its member changed since answers 409 with what it holds now (ConflictException.showing).
 */
public final class ShownVersion {

    private ShownVersion() {
    }

    /** The version a decision names; a decision without one is refused on the field "version". */
    public static long required(Long shownVersion) {
        if (shownVersion == null) {
            throw new InvalidInputException(FieldError.of("version", "moderation_versionRequired"));
        }
        return shownVersion;
    }

    /** Refuses a decision on an item whose version moved since it was shown; changed says how, showing it now. */
    public static void check(long shownVersion, long currentVersion, Supplier<ConflictException> changed) {
        if (shownVersion != currentVersion) {
            throw changed.get();
        }
    }
}
