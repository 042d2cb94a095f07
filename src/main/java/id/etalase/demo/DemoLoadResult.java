package id.etalase.demo;

/** What one load wrote and how long it took. */
public record DemoLoadResult(int members, int products, long elapsedMillis) {
}
