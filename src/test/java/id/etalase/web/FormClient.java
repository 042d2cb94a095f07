package id.etalase.web;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static io.restassured.RestAssured.given;

/** A browser as far as forms go: keeps its cookies, reads the CSRF token from the page a form is on and posts it. */
public class FormClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();
    private final RestAssuredConfig config;

    public FormClient() {
        this.config = RestAssured.config();
    }

    private FormClient(RestAssuredConfig config) {
        this.config = config;
    }

    /**
     * A browser on another machine: its connections come from this loopback address (127.0.0.2 to 127.0.0.254), so
     * the portal sees another client without any forwarding header.
     */
    public static FormClient from(String loopbackAddress) {
        try {
            return new FormClient(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", InetAddress.getByName(loopbackAddress))));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String client;

    /** This browser as a trusted proxy forwards it from that address (where a test trusts loopback: RateLimitTest). */
    public FormClient forwardedFor(String address) {
        this.client = address;
        return this;
    }

    public RequestSpecification request() {
        RequestSpecification request = given().config(config).filter(cookies).redirects().follow(false);
        return client == null ? request : request.header("X-Forwarded-For", client);
    }

    /** The cookies this browser holds, as its Cookie header would send them. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** The CSRF token of the form on that page. */
    public String token(String page) {
        Matcher token = TOKEN.matcher(get(page).asString());
        if (!token.find() || token.group(1).length() < 16 || token.group(1).equals("null")) {
            throw new AssertionError("no CSRF token on " + page + " (is it in quarkus.rest-csrf.create-token-path?)");
        }
        return token.group(1);
    }

    /** Opens the page the form is on, then sends the form with its token as the browser would. */
    public Response submit(String page, String action, Map<String, String> fields) {
        String token = token(page);
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token);
        fields.forEach(request::formParam);
        return request.post(action);
    }

    public Response login(String phone, String password) {
        return submit("/masuk", "/masuk", Map.of("whatsapp", phone, "password", password));
    }
}
