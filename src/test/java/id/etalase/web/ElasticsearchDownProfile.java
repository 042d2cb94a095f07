package id.etalase.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Points the app at a port where no Elasticsearch listens, as when the search cluster is down. */
public class ElasticsearchDownProfile implements QuarkusTestProfile {

    public static final String DEAD_HOST = "127.0.0.1:9299";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.elasticsearch.hosts", DEAD_HOST);
    }
}
