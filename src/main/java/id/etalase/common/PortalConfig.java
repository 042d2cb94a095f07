package id.etalase.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where shoppers reach the portal: the base of every absolute link it hands out (chat text, share text, QR codes). */
@ConfigMapping(prefix = "etalase.portal")
public interface PortalConfig {

    /** Scheme, host and port without a trailing slash, e.g. https://etalase.example.id. */
    String publicUrl();

    /** Where the community lives: days (featured schedules, monthly reports) begin and end here. */
    @WithDefault("Asia/Jakarta")
    String timeZone();
}
