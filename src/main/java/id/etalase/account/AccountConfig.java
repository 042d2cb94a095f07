package id.etalase.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sessions, the first admin and how failed logins are throttled. */
@ConfigMapping(prefix = "etalase.account")
public interface AccountConfig {

    Session session();

    Admin admin();

    Throttle throttle();

    /** How long a password reset link can be used. */
    @WithDefault("24h")
    Duration resetValidity();

    interface Session {
        /**
         * Encrypts the session cookie (at least 32 random characters in production); every replica must share it so
         * that each accepts the cookie another issued.
         */
        String encryptionKey();

        /** A session ends after this long without a request. */
        @WithDefault("7d")
        Duration idleTimeout();

        /** A session ends this long after the login however much it is used; the member logs in again. */
        @WithDefault("30d")
        Duration absoluteLifetime();

        @WithDefault("etalase-session")
        String cookieName();
    }

    interface Admin {
        /** The first admin's WhatsApp number, created at start-up when no account has it. */
        Optional<String> phone();

        /** The first admin's password; no default outside tests. */
        Optional<String> password();
    }

    interface Throttle {
        /** Password checks one account gets from one client (an address, an IPv6 /64) within the window. */
        @WithDefault("5")
        int triesPerClient();

        @WithDefault("15m")
        Duration window();

        /** Failures on one account (from anywhere) within the window after which wrong answers slow down. */
        @WithDefault("3")
        int slowAfter();

        /** Failures from one client (on any account) within the window after which wrong answers slow down. */
        @WithDefault("20")
        int clientSlowAfter();

        /** The first slowed wrong answer waits this long, each further one twice as long as the one before. */
        @WithDefault("1s")
        Duration slowDelay();

        /** The longest a wrong answer waits. */
        @WithDefault("8s")
        Duration maxDelay();
    }
}
