package id.etalase.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Per-client limits, by the name an endpoint gives in {@code @RateLimited}. Each replica counts its own clients (a
 * login's failures are counted in the database instead, shared by all replicas: account.LoginThrottle). Mobile
 * carriers put many shoppers behind one address, so the limits stop scrapers and scripts, not people.
 */
@ConfigMapping(prefix = "etalase.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** How many clients each replica keeps a count for; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long clients();

    Map<String, Limit> limits();

    interface Limit {

        /** Requests a client may make at once; they come back evenly over {@link #per()}. */
        int requests();

        Duration per();
    }
}
