package id.etalase.enquiry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of enquiry and product view counting. */
@ConfigMapping(prefix = "etalase.enquiry")
public interface EnquiryConfig {

    /** The dev default, to warn about when production runs without ENQUIRY_SALT. */
    String DEV_SALT = "dev-only-salt";

    /** Mixed into every client hash so a stored hash cannot be matched back to an IP address. */
    @WithDefault(DEV_SALT)
    String salt();

    /** Repeated clicks or views from one client on one product within this window count once. */
    @WithDefault("30m")
    Duration dedupeWindow();
}
