package id.etalase.moderation;

/** What an admin's answer to a product's reports did: hidden, suspended or dismissed, and how many reports it closed. */
public record ReportDecision(long productId, String productName, String outcome, int reportsResolved) {
}
