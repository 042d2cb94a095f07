package id.etalase.moderation;

import java.time.Instant;
import java.util.List;

/**
 * A product with open reports, as the admins' queue shows it: how many, for which reasons (most frequent first),
 * each report newest first, and the seller.
 */
public record ReportedProduct(long productId, String slug, String name, String productStatus, long memberId,
        String memberName, String memberStatus, int count, List<ReasonCount> reasons, List<Report> reports,
        Instant firstAt) {

    public record ReasonCount(String reason, int count) {
    }

    public record Report(long id, String reason, String details, Instant at) {
    }

    public boolean isPublished() {
        return "published".equals(productStatus);
    }

    public boolean isMemberActive() {
        return "active".equals(memberStatus);
    }
}
