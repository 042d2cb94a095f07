package id.etalase.search;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static org.junit.jupiter.api.Assertions.fail;

/** Waits for the indexer to have written every pending change, then makes it visible to searches. */
@ApplicationScoped
public class SearchTesting {

    @Inject
    ProductIndexer indexer;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchIndex index;

    @Inject
    ElasticsearchGate gate;

    /**
     * Starts a test from a closed circuit breaker, whatever earlier test classes in this app left, and waits until
     * Elasticsearch answers through it.
     */
    public void awaitElasticsearchAnswering() throws Exception {
        gate.isOpen(); // creates the gate, and with it the breaker
        CircuitBreakerMaintenance.get().reset(ElasticsearchGate.BREAKER);
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                gate.interactive(client -> client.cluster().health().status());
                return;
            } catch (ElasticsearchUnavailableException e) {
                Thread.sleep(200);
            }
        }
        fail("Elasticsearch did not answer through the circuit breaker");
    }

    public void awaitIndexed() throws Exception {
        awaitDrained();
        index.refresh();
    }

    /** Waits for the drain alone, which leaves its documents searchable when it is done. */
    public void awaitDrained() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            indexer.drain();
            if (outbox.pending() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the search outbox did not drain: " + outbox.pending() + " rows left");
    }
}
