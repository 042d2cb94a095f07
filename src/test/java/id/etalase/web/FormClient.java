package id.etalase.web;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static io.restassured.RestAssured.given;

/** A browser as far as forms go: keeps its cookies, reads the CSRF token from the page a form is on and posts it. */
public class FormClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();

    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
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
