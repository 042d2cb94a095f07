package id.etalase.common;

import java.util.List;

/** The request came too late for the state it found (a member already approved by another admin, …). */
public class ConflictException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public ConflictException(String code, Object... args) {
        super("conflict: " + code);
        this.code = code;
        this.args = List.of(args);
    }

    /** A message of the bundle, as for FieldError. */
    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
