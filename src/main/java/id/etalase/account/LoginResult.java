package id.etalase.account;

import java.time.Duration;

/** How a login attempt ended. */
public sealed interface LoginResult {

    record Success(AccountView account) implements LoginResult {
    }

    /** Wrong number or password; which one is not said. */
    record Invalid() implements LoginResult {
    }

    /** Too many failures: the account or the client must wait this long. */
    record Throttled(Duration retryAfter) implements LoginResult {
    }
}
