package id.etalase.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An empty catalogue and an index of its own, filled with the fixed relevance product set. */
public class RelevanceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // A database of its own (scripts/servers.sh creates it), wiped at start, so that the demo catalogue the
        // other tests share is neither in its results nor replaced by its products.
        return Map.of("etalase.demo.enabled", "false", "etalase.search.alias", "test_relevance_products",
                "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("DB_TEST_RELEVANCE_URL",
                        "jdbc:mysql://127.0.0.1:3306/etalase_test_relevance?sslMode=DISABLED"
                                + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8"),
                "quarkus.flyway.clean-at-start", "true");
    }
}
