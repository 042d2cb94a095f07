package id.etalase.reference;

/** Fired inside a transaction that changed sectors, their redirects, districts or provinces. */
public record ReferenceChanged() {
}
