package id.etalase.moderation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many reports one client may send: a handful an hour, and one per product a day (counted once). */
@ConfigMapping(prefix = "etalase.reports")
public interface ReportConfig {

    /** Reports one client may send within the window; the next is answered 429. */
    @WithDefault("5")
    int perClient();

    @WithDefault("1h")
    Duration window();
}
