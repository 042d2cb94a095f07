package id.etalase.common;

import java.util.Optional;

/** The request came too late for the state it found (a member already approved by another admin, …). */
public class ConflictException extends WordedException {

    private transient Object current;

    public ConflictException(String code, Object... args) {
        super("conflict", code, args);
    }

    /** The item as it is now, for the client to look at again before deciding (the API answers it as "current"). */
    public ConflictException showing(Object currentState) {
        this.current = currentState;
        return this;
    }

    public Optional<Object> current() {
        return Optional.ofNullable(current);
    }
}
