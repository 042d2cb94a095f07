package id.etalase.common;

import java.util.List;

/** The account may not do this now, for a reason the member can read (a suspended membership, …): answered 403. */
public class NotAllowedException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public NotAllowedException(String code, Object... args) {
        super("not allowed: " + code);
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
