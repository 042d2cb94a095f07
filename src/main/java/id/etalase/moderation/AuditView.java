package id.etalase.moderation;

import java.time.Instant;

/** An audit log line as the admin area shows it. */
public record AuditView(Instant at, String actor, String action, String subjectType, String subjectName,
        String before, String after, String note) {
}
