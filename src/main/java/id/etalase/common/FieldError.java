package id.etalase.common;

/** One invalid input field and a plain message saying what to do. */
public record FieldError(String field, String message) {
}
