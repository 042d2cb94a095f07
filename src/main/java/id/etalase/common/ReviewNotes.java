package id.etalase.common;

/** The reason an admin gives for rejecting or suspending, which the member reads: required, at most 500 characters. */
public final class ReviewNotes {

    public static final int MAX_LENGTH = 500;

    private ReviewNotes() {
    }

    /** The reason without surrounding spaces; an error on the field "reason" when it is blank or too long. */
    public static String required(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FieldError.of("reason", "moderation_reasonRequired"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(FieldError.of("reason", "moderation_reasonLong", MAX_LENGTH));
        }
        if (!TypedText.storable(text, true)) {
            throw new InvalidInputException(FieldError.of("reason", "text_control"));
        }
        return text;
    }
}
