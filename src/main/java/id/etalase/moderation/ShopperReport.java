package id.etalase.moderation;

/**
 * What a shopper sends about a product: a reason (a {@link ReportReason} slug) and, if they like, a few words.
 *
 * @param client who sends it, only as keyed hashes: today's and the same client's under yesterday's key
 */
public record ShopperReport(String reason, String details, Client client) {

    public static final int MAX_DETAILS = 1000;

    /** The reporting client as enquiry.ClientFingerprint hashes it: never an address. */
    public record Client(String today, String yesterday) {
    }
}
