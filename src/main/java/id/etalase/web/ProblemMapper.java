package id.etalase.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.etalase.account.ThrottledException;
import id.etalase.account.ThrottledPasswordProvider;
import id.etalase.common.ConflictException;
import id.etalase.common.DatabaseFaults;
import id.etalase.common.FieldError;
import id.etalase.common.FieldNames;
import id.etalase.common.InvalidInputException;
import id.etalase.common.NotAllowedException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.i18n.Messages;
import id.etalase.search.SearchRejectedException;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns exceptions into answers: never a class name, message or stack trace to the client. */
@jakarta.inject.Singleton
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** The Indonesian (or English) error page, in the portal's layout, for everything outside the API. */
    @Inject
    Template error;

    @Inject
    PublicUrls urls;

    @Inject
    ObjectMapper json;

    /** How long a client should wait before asking again while the database is away. */
    static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return badRequest(fields(List.of(), e.getConstraintViolations(), Languages.forRequest(uri, headers)), headers,
                uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpHeaders headers, UriInfo uri) {
        return badRequest(fields(e.errors(), e.violations(), Languages.forRequest(uri, headers)), headers, uri);
    }

    /** Rule errors put into words and Bean Validation violations (already in words), ordered by field. */
    static List<Problem.Field> fields(List<FieldError> errors, Set<? extends ConstraintViolation<?>> violations,
            String language) {
        return Stream.concat(
                errors.stream().map(e -> new Problem.Field(e.field(), e.code(), Messages.text(language, e.code(), e.args()))),
                violations.stream().map(v -> new Problem.Field(FieldNames.of(v), code(v), v.getMessage())))
                .sorted(Comparator.comparing(Problem.Field::field).thenComparing(Problem.Field::message))
                .toList();
    }

    /** "{etalase.param.sector}" → "etalase.param.sector"; a built-in constraint by its name ("NotBlank"). */
    private static String code(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{etalase.") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Elasticsearch refused the search itself; the database would not answer it better. */
    @ServerExceptionMapper
    public Response searchRejected(SearchRejectedException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Search rejected on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return badRequest(fields(List.of(FieldError.of("q", "search_rejected")), Set.of(),
                Languages.forRequest(uri, headers)), headers, uri);
    }

    /**
     * Not logged in (or a wrong password on the API): a page sends the browser to the login form and back; the API
     * answers 401 with the Basic challenge.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, HttpHeaders headers, UriInfo uri, RoutingContext routing) {
        if (DatabaseFaults.isUnavailable(e)) {
            return unavailable(e, headers, uri);
        }
        String path = uri == null ? "/" : uri.getPath();
        if (routing != null && routing.get(ThrottledPasswordProvider.RETRY_AFTER) instanceof Duration wait) {
            return tooMany(wait, headers, uri);
        }
        if (!isApi(path)) {
            return Pages.seeOther(QueryUrl.link("/masuk", "lanjut", path));
        }
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return Response.fromResponse(problem(401, msg.problem_unauthorized_title(), msg.problem_unauthorized_detail(),
                uri, List.of(), headers)).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Etalase\"").build();
    }

    /** Too many wrong passwords (a password checked outside login, e.g. before changing a number). */
    @ServerExceptionMapper
    public Response throttled(ThrottledException e, HttpHeaders headers, UriInfo uri) {
        return tooMany(e.retryAfter(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(403, msg.problem_forbidden_title(), msg.problem_forbidden_detail(), uri, List.of(), headers);
    }

    /** Refused for a reason the member can act on, said in their words (a suspended membership, …). */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        String language = Languages.forRequest(uri, headers);
        return problem(403, Languages.messages(language).problem_forbidden_title(),
                Messages.text(language, e.code(), e.args()), uri, List.of(), language);
    }

    @ServerExceptionMapper
    public Response crossSite(SameOriginWrites.CrossSiteRequestException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(403, msg.problem_forbidden_title(), msg.problem_crossSite_detail(), uri, List.of(), headers);
    }

    /** A client past its rate limit is told how long to wait, in words and in Retry-After. */
    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitFilter.TooManyRequestsException e, HttpHeaders headers, UriInfo uri) {
        return tooMany(e.retryAfter(), headers, uri);
    }

    private Response tooMany(Duration wait, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        long seconds = Math.max(1, wait.toSeconds());
        String detail = Pages.waitInWords(seconds, msg::problem_tooMany_seconds, msg::problem_tooMany_minutes);
        return Response.fromResponse(problem(429, msg.problem_tooMany_title(), detail, uri, List.of(), headers))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(400, msg.problem_badRequest_title(), msg.problem_malformedBody(), uri, List.of(), headers);
    }

    /** A multipart body cut off before its closing boundary cannot be read: the sender's fault, not ours. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, HttpHeaders headers, UriInfo uri) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0 || !trace[0].getClassName().contains(".multipart.")) {
            return unexpected(e, headers, uri);
        }
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(400, msg.problem_generic_title(), msg.problem_malformedForm(), uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(404, msg.problem_notFound_title(), msg.problem_notFound_detail(), uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpHeaders headers, UriInfo uri) {
        String language = Languages.forRequest(uri, headers);
        AppMessages msg = Languages.messages(language);
        String detail = Messages.text(language, e.code(), e.args());
        if (e.current().isPresent() && isApi(uri.getPath())) {
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank",
                    msg.problem_conflict_title(), 409, detail, uri.getPath(), List.of(), e.current().get())).build();
        }
        return problem(409, msg.problem_conflict_title(), detail, uri, List.of(), language);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleWrite(Exception e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(409, msg.problem_conflict_title(), msg.problem_conflict_detail(), uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = bodyTooLarge(e) ? 413 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        // RESTEasy's own refusals (405, 406, 413, 415) say what was wrong, in the same words as the HTTP layer's.
        var detail = HttpLimits.DETAILS.get(status);
        return problem(status, msg.problem_generic_title(), detail == null ? null : detail.apply(msg), uri, List.of(),
                headers);
    }

    /**
     * A body sent in chunks past quarkus.http.limits.max-body-size fails where it is read ("Request too large"); the
     * JSON reader reports that as a bad request.
     */
    private static boolean bodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.IOException && "Request too large".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseFaults.isUnavailable(e)) {
            return unavailable(e, headers, uri);
        }
        // A write path that did not validate before flushing: Hibernate's own check at the flush refuses the entity
        // (a control character in a stored field, say), and the commit wraps that; still the client's fault.
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return validation(violation, headers, uri);
            }
        }
        if (bodyTooLarge(e)) {
            AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
            return problem(413, msg.problem_generic_title(), msg.problem_bodyTooLarge(), uri, List.of(), headers);
        }
        LOG.errorf(e, "Unexpected error on %s", uri == null ? "?" : uri.getPath());
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(500, msg.problem_server_title(), msg.problem_server_detail(), uri, List.of(), headers);
    }

    /**
     * The database cannot be reached (refused, silent, no connection free in time): "sedang gangguan" with 503 and
     * Retry-After, one log line per request rather than a stack trace.
     */
    Response unavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
        DatabaseFaults.outageSeen();
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), DatabaseFaults.rootMessage(e));
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return Response.fromResponse(problem(503, msg.problem_unavailable_title(), msg.problem_unavailable_detail(),
                uri, List.of(), headers)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private Response badRequest(List<Problem.Field> errors, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(400, msg.problem_badRequest_title(), msg.problem_badRequest_detail(), uri, errors, headers);
    }

    /** The answer for a refusal: problem+json under /api and /q, the error page in the portal's layout elsewhere. */
    Response problem(int status, String title, String detail, UriInfo uri, List<Problem.Field> errors,
            HttpHeaders headers) {
        return problem(status, title, detail, uri, errors, Languages.forRequest(uri, headers));
    }

    Response problem(int status, String title, String detail, UriInfo uri, List<Problem.Field> errors,
            String language) {
        String path = uri == null ? "" : uri.getPath();
        if (!isApi(path)) {
            return page(status, title, detail, uri, language, errors);
        }
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : path, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/");
    }

    /** The error page in the portal's layout, with each field error's message as a hint of what to do. */
    private Response page(int status, String problemTitle, String detail, UriInfo uri, String language,
            List<Problem.Field> errors) {
        String html = pageHtml(status, problemTitle, detail, uri == null ? "/" : uri.getPath(),
                uri == null ? Map.of() : uri.getQueryParameters(), language, errors);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private String pageHtml(int status, String problemTitle, String detail, String path,
            Map<String, List<String>> query, String language, List<Problem.Field> errors) {
        AppMessages msg = Languages.messages(language);
        // A plain bad request (bad parameters, invalid fields) reads as such; other refusals keep their own words,
        // and so does an outage (503), which says it will pass.
        boolean plain = status == 400 && problemTitle.equals(msg.problem_badRequest_title());
        boolean failed = status >= 500 && status != 503;
        String title = status == 404 ? msg.error_title_404() : failed ? msg.error_title_500()
                : plain ? msg.error_title_400() : problemTitle;
        String text = status == 404 ? msg.error_text_404() : failed ? msg.error_text_500()
                : plain || detail == null ? msg.error_text_400() : detail;
        PageMeta meta = Pages.meta(urls.base(), path, query, language, title + " – " + Pages.siteName(), text,
                urls.base() + "/");
        return Pages.localized(error.data("meta", meta).data("title", title).data("text", text)
                .data("hints", errors.stream().map(Problem.Field::message).toList()), language)
                .render();
    }

    /**
     * The same answer for a request the HTTP server refuses before any resource sees it (a URI or headers too long,
     * a body too large): problem+json under /api and /q, the error page elsewhere, in the client's language. The
     * path and parameters of a URI too long are not echoed back.
     */
    void answer(RoutingContext context, int status, Function<AppMessages, String> problemTitle,
            Function<AppMessages, String> detail, boolean echoRequest) {
        String path = echoRequest ? context.normalizedPath() : "/";
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (echoRequest) {
            context.queryParams().forEach(param -> query.computeIfAbsent(param.getKey(), k -> new java.util.ArrayList<>())
                    .add(param.getValue()));
        }
        Cookie cookie = context.request().getCookie(Languages.COOKIE);
        String language = Languages.forRequest(context.queryParams().get("lang"),
                cookie == null ? null : cookie.getValue(), context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        AppMessages msg = Languages.messages(language);
        String title = problemTitle.apply(msg);
        String text = detail.apply(msg);
        String body;
        String type;
        if (isApi(context.normalizedPath())) {
            type = Problem.MEDIA_TYPE;
            try {
                body = json.writeValueAsString(new Problem("about:blank", title, status, text,
                        echoRequest ? path : null, List.of()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            type = MediaType.TEXT_HTML + ";charset=UTF-8";
            body = pageHtml(status, title, text, path, query, language, List.of());
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type).end(body);
    }
}
