package id.etalase.enquiry;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's product views and WhatsApp enquiries over the last days, from the counters that exist: the single rows
 * still kept and the daily counts older ones were folded into.
 */
@ApplicationScoped
public class MemberStats {

    @Inject
    EnquiryService enquiries;

    /** Views and enquiries of one product, or of all a member's products together. */
    public record Counts(long views, long enquiries) {

        public static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts other) {
            return new Counts(views + other.views, enquiries + other.enquiries);
        }
    }

    /** Per product of the member, over the last {@code days} days (today included). */
    @Transactional
    public Map<Long, Counts> perProduct(long memberId, int days) {
        enquiries.writeVisits();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select product_id, sum(v), sum(e) from ("
                + " select product_id, count(*) v, 0 e from product_view where member_id = ?1"
                + "   and created_at >= current_date() - interval ?2 day group by product_id"
                + " union all select product_id, 0, count(*) from enquiry where member_id = ?1"
                + "   and created_at >= current_date() - interval ?2 day group by product_id"
                + " union all select product_id, views, enquiries from product_daily_count where member_id = ?1"
                + "   and day >= current_date() - interval ?2 day) t group by product_id", Object[].class)
                .setParameter(1, memberId)
                .setParameter(2, days - 1)
                .getResultList();
        Map<Long, Counts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), new Counts(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** All the member's products together. */
    public static Counts total(Map<Long, Counts> perProduct) {
        return perProduct.values().stream().reduce(Counts.NONE, Counts::plus);
    }
}
