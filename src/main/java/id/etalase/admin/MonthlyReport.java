package id.etalase.admin;

import java.time.YearMonth;
import java.util.List;

/**
 * One member's month: views and WhatsApp enquiries of all its products, the month before for comparison, and its
 * products with the most enquiries.
 */
public record MonthlyReport(long memberId, String businessName, String ownerName, String whatsapp, YearMonth month,
        Totals current, Totals previous, List<ProductCounts> products) {

    public record Totals(long views, long enquiries) {
    }

    public record ProductCounts(long id, String name, long views, long enquiries, long previousViews,
            long previousEnquiries) {
    }

    public long viewsChange() {
        return current.views() - previous.views();
    }

    public long enquiriesChange() {
        return current.enquiries() - previous.enquiries();
    }

    /** The change as a whole percentage of the month before; null when the month before had none. */
    public Long viewsChangePercent() {
        return percent(viewsChange(), previous.views());
    }

    public Long enquiriesChangePercent() {
        return percent(enquiriesChange(), previous.enquiries());
    }

    /** "+12 (+40%)": the change in views as the report prints it. */
    public String viewsChangeText() {
        return change(viewsChange(), viewsChangePercent());
    }

    public String enquiriesChangeText() {
        return change(enquiriesChange(), enquiriesChangePercent());
    }

    static String change(long change, Long percent) {
        return percent == null ? signed(change) : signed(change) + " (" + signed(percent) + "%)";
    }

    /** +12, −3 or 0: the sign written out, as a report reads. */
    public static String signed(long change) {
        return change > 0 ? "+" + change : change < 0 ? "\u2212" + -change : "0";
    }

    private static Long percent(long change, long before) {
        return before == 0 ? null : Math.round(change * 100.0 / before);
    }
}
