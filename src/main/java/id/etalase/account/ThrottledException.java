package id.etalase.account;

import java.time.Duration;

/** Too many password tries from this client for this account: it must wait {@link #retryAfter()}. */
public class ThrottledException extends RuntimeException {

    private final transient Duration retryAfter;

    public ThrottledException(Duration retryAfter) {
        super(null, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
