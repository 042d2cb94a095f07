package id.etalase.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem body; errors lists the fields of a failed validation, current (an extension member) what a
 * conflicting item holds now.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Field> errors,
        Object current) {

    public Problem(String type, String title, int status, String detail, String instance, List<Field> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its name as the client sent it, a stable code, and what to do in the reader's language. */
    public record Field(String field, String code, String message) {
    }
}
