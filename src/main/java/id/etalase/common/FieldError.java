package id.etalase.common;

import java.util.List;

/**
 * One invalid input field as a message code with its arguments; the error mapper puts it into the reader's
 * language. The code names a message of the bundle (i18n.AppMessages) taking as many arguments.
 */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
