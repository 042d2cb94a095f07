package id.etalase.web;

import id.etalase.i18n.AppMessages;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals the HTTP layer makes before any resource (a URI or headers too long, a body too large, a method, body
 * type or answer format the address does not take) answer like every other refusal: problem+json under /api and
 * /q, the error page elsewhere, never an empty body.
 *
 * Vert.x answers a request line or headers past its own limits with an empty 414 or 431 before any route runs, and
 * Quarkus offers no hook into that; so its limits are set well above these (application.properties) and these are
 * enforced here, first of all routes.
 */
@ApplicationScoped
public class HttpLimits {

    /** Characters of the request target (path and query); browsers and proxies stay well below. */
    static final int MAX_URI_LENGTH = 4096;
    /** Bytes of all headers together, as Quarkus's default limit (20K) counted them. */
    static final int MAX_HEADERS_SIZE = 20 * 1024;
    /** Bytes of a JSON body sent to the API: a listing or a decision is a few KiB; photos go as multipart. */
    static final long MAX_JSON_BODY = 1024 * 1024;

    /** What a refusal's status says to the client, in its language. */
    static final Map<Integer, Function<AppMessages, String>> DETAILS = Map.of(
            405, AppMessages::problem_methodNotAllowed,
            406, AppMessages::problem_notAcceptable,
            413, AppMessages::problem_bodyTooLarge,
            414, AppMessages::problem_uriTooLong,
            415, AppMessages::problem_unsupportedType,
            431, AppMessages::problem_headersTooLarge);

    @Inject
    ProblemMapper problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /**
     * Reads a chunked JSON body for the API up to its limit, failing the route with 413 past it (RESTEasy takes the
     * body read); RESTEasy's own reading would end the answer with an empty 413.
     */
    private final BodyHandler chunkedJson = BodyHandler.create(false).setBodyLimit(MAX_JSON_BODY);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        router.route().order(Integer.MIN_VALUE + 2).handler(this::readChunkedJson);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    void readChunkedJson(RoutingContext context) {
        if (isApiJson(context) && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
            chunkedJson.handle(context);
            return;
        }
        context.next();
    }

    private static boolean isApiJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return context.normalizedPath().startsWith("/api/") && type != null && type.contains("json");
    }

    void check(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, false);
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS_SIZE) {
            refuse(context, 431, false);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = isApiJson(context) ? MAX_JSON_BODY : maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        if (length != null && tooLarge(length, limit)) {
            refuse(context, 413, true);
            return;
        }
        context.next();
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    /** A route failed with a status of its own (Vert.x's body handler with 413, for one) before answering. */
    void failed(RoutingContext context) {
        if (context.failure() instanceof HttpClosedException) {
            return; // the client is gone (after a 413 the connection is closed while its body still comes): no one to answer
        }
        if (DETAILS.containsKey(context.statusCode()) && !context.response().headWritten()
                && !context.response().ended()) {
            refuse(context, context.statusCode(), context.statusCode() != 414 && context.statusCode() != 431);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, boolean echoRequest) {
        if (status == 413) {
            // The rest of the body is not read: the connection cannot carry another request after this answer.
            context.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close());
        }
        problems.answer(context, status, AppMessages::problem_generic_title, DETAILS.get(status), echoRequest);
    }
}
