package id.etalase.demo;

/** CDI event fired after the demo catalogue was written at start-up, e.g. for the search index to rebuild. */
public record DemoDataLoaded(int members, int products) {
}
