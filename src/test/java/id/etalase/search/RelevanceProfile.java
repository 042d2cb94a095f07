package id.etalase.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An empty catalogue and an index of its own, filled with the fixed relevance product set. */
public class RelevanceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("etalase.demo.enabled", "false", "etalase.search.alias", "test_relevance_products");
    }
}
