package id.etalase.search;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.impl.nio.reactor.IOReactorConfig;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The HTTP client notices a read timeout only when its I/O reactor wakes up, by default once a second, so a 1.5 s
 * timeout could fire at 2.5 s; waking every 100 ms keeps the short timeouts of search, suggest and readiness exact.
 */
@ElasticsearchClientConfig
@ApplicationScoped
public class ElasticsearchTimeouts implements RestClientBuilder.HttpClientConfigCallback {

    static final long SELECT_INTERVAL_MILLIS = 100;

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        return builder.setDefaultIOReactorConfig(IOReactorConfig.custom()
                .setIoThreadCount(Runtime.getRuntime().availableProcessors())
                .setSelectInterval(SELECT_INTERVAL_MILLIS)
                .build());
    }
}
