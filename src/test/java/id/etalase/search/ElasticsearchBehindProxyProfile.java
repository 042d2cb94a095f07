package id.etalase.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app reaches the real Elasticsearch through a proxy the test can close (down) and reopen (back up). */
public class ElasticsearchBehindProxyProfile implements QuarkusTestProfile {

    static final int PORT = 9288;

    /** A closed proxy; only the test opens it, so the app starts as it would with Elasticsearch down. */
    public static TcpProxy proxy() {
        return new TcpProxy(PORT, "127.0.0.1", elasticsearchPort());
    }

    private static int elasticsearchPort() {
        String hosts = System.getenv().getOrDefault("ES_HOSTS", "127.0.0.1:9200");
        return Integer.parseInt(hosts.split(",")[0].replaceAll(".*:", ""));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A short open breaker so the tests see search return to Elasticsearch by itself within seconds.
        return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:" + PORT,
                "etalase.search.alias", "test_proxy_products",
                "etalase.search.breaker-open-for", "5s");
    }
}
