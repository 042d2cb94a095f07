package id.etalase.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time and date as the community lives them: schedules (featured items) and monthly reports go by the portal's
 * time zone. A test replaces this bean to move time instead of sleeping.
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    PortalConfig config;

    public Instant now() {
        return Instant.now();
    }

    public ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
