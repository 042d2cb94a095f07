package id.etalase.enquiry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of enquiry and product view counting. */
@ConfigMapping(prefix = "etalase.enquiry")
public interface EnquiryConfig {

    /** The development default, which production refuses. */
    String DEV_SALT = "dev-only-salt";

    /** The secret mixed into every client hash (ENQUIRY_SALT; at least 32 characters in production). */
    String salt();

    /** Repeated clicks or views from one client on one product within this window count once. */
    @WithDefault("30m")
    Duration dedupeWindow();

    /** Single enquiries and views are kept this long, then only their daily counts per product remain. */
    @WithDefault("30d")
    Duration rawRetention();

    /**
     * How often the views and enquiries waiting in memory are written (the scheduler reads it); "off" writes them
     * only when something reads counts and at shutdown, as the tests do.
     */
    @WithDefault("1s")
    String writeEvery();
}
