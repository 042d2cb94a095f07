package id.etalase.common;

import java.util.List;

/** A refusal the client reads in its own language: a message code of the bundles and its arguments, as FieldError. */
public abstract class WordedException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    protected WordedException(String kind, String code, Object... args) {
        super(kind + ": " + code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
