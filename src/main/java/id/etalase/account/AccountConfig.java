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
         * Encrypts the session cookie (at least 16 characters); every replica must share it so that each accepts
         * the cookie another issued.
         */
        String encryptionKey();

        /** A session ends after this long without a request. */
        @WithDefault("7d")
        Duration idleTimeout();

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
        /** Failures on one account after which each further try waits {@link #slowDelay()}. */
        @WithDefault("3")
        int slowAfter();

        @WithDefault("30s")
        Duration slowDelay();

        /** Failures on one account within {@link #window()} after which it is refused for {@link #lockout()}. */
        @WithDefault("6")
        int lockAfter();

        /** Failures from one client (any account) within the window after which it is refused for the lockout. */
        @WithDefault("20")
        int clientLockAfter();

        @WithDefault("15m")
        Duration window();

        @WithDefault("15m")
        Duration lockout();
    }
}
