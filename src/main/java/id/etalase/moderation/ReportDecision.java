package id.etalase.moderation;

/** What an admin's decision on a product's reports did: its outcome (hidden, suspended, dismissed) and how many reports it closed. */
public record ReportDecision(long productId, String productName, String outcome, int reportsResolved) {
}
