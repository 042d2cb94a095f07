package id.etalase.search;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the real Elasticsearch: what it rejects is told apart from what it cannot answer. */
@QuarkusTest
class ElasticsearchGateTest {

    @Inject
    ElasticsearchGate gate;

    @Inject
    SearchIndex index;

    @Inject
    SearchTesting searchTesting;

    @Test
    void aRequestElasticsearchRejectsIsNotUnavailabilityAndNeverOpensTheBreaker() throws Exception {
        searchTesting.awaitElasticsearchAnswering();
        for (int i = 0; i < 10; i++) {
            // Past the result window: Elasticsearch answers 400.
            SearchRejectedException rejected = assertThrows(SearchRejectedException.class, () -> gate.interactive(
                    client -> client.search(s -> s.index(index.alias()).from(20_000).size(10), Object.class)));
            assertEquals(400, rejected.status());
        }
        assertFalse(gate.isOpen(), "rejections say nothing about Elasticsearch's health");
        SearchResponse<Object> answer = gate.interactive(client -> client.search(s -> s.index(index.alias()).size(1),
                Object.class));
        assertTrue(answer.hits().total().value() > 1000);
    }

    @Test
    void aMissingIndexIsUnavailableSoSearchFallsBack() {
        assertThrows(ElasticsearchUnavailableException.class, () -> gate.interactive(
                client -> client.search(s -> s.index("test_no_such_index"), Object.class)));
        assertFalse(gate.isOpen(), "one failure does not open the breaker");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(searchTesting::awaitElasticsearchAnswering);
    }
}
