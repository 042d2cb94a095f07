package id.etalase.moderation;

import java.time.Duration;

/** How a shopper's report ended. */
public sealed interface ReportResult {

    /** Thanked for; counted is false when the same client had already reported the product that day. */
    record Received(boolean counted) implements ReportResult {
    }

    /** Too many reports from this client lately: it must wait this long. */
    record Throttled(Duration retryAfter) implements ReportResult {
    }
}
