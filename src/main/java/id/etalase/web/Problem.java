package id.etalase.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.etalase.common.FieldError;
import java.util.List;

/** An RFC 9457 problem body; errors lists the fields of a failed validation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
