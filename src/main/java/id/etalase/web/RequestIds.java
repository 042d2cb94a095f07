package id.etalase.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an id: the ingress's or client's {@code X-Request-Id} when it is a plain token, else a new
 * one. It is answered in the same header and is in the logging context ({@code requestId}) of every line the request
 * logs: Quarkus keeps the MDC in the request's Vert.x context, which follows it to worker threads.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and . _ - only, at most 64: nothing a log line or a header could be forged with. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Router router) {
        // Right after the security headers, before anything that may log.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::assign);
    }

    void assign(RoutingContext context) {
        String id = accepted(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The incoming id when it is valid, else a fresh random one. */
    static String accepted(String incoming) {
        return incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
