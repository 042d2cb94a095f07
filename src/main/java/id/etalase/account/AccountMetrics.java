package id.etalase.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The account feature's metrics, named here only: failed logins, by reason alone (never the number or the client).
 * {@code invalid}: a wrong number or password; {@code throttled}: refused before the password was looked at.
 */
@ApplicationScoped
class AccountMetrics {

    static final String LOGIN_FAILURES = "etalase.login.failures";
    static final String INVALID = "invalid";
    static final String THROTTLED = "throttled";

    @Inject
    MeterRegistry registry;

    private Counter invalid;
    private Counter throttled;

    @PostConstruct
    void register() {
        invalid = failures(INVALID);
        throttled = failures(THROTTLED);
    }

    private Counter failures(String reason) {
        return Counter.builder(LOGIN_FAILURES).description("Failed logins (pages and HTTP Basic)")
                .tag("reason", reason).register(registry);
    }

    void loginFailed(String reason) {
        (THROTTLED.equals(reason) ? throttled : invalid).increment();
    }
}
