package id.etalase.search;

/** Elasticsearch refused, stayed silent past the timeout, failed (5xx), or the circuit breaker is open. */
public class ElasticsearchUnavailableException extends RuntimeException {

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
