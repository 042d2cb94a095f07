package id.etalase.web;

import id.etalase.account.SessionCookie;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.Languages;
import id.etalase.settings.Community;
import id.etalase.settings.SettingsService;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** What every HTML page shares: the head's meta data, the language, the fingerprint of the static files. */
public class Pages {

    static final String SHARE_IMAGE = "/img/etalase-share.png";

    /** Changes whenever the stylesheet or script changes, so both can be cached for a year. */
    @TemplateGlobal
    static final String assetVersion = fingerprint("META-INF/resources/css/etalase.css", "META-INF/resources/js/etalase.js");

    /** The community running the portal (its name, colours, logo …), for every page's layout. */
    @TemplateGlobal
    static Community community() {
        return Arc.container().instance(SettingsService.class).get().current();
    }

    /**
     * Whether the visitor's browser holds a valid session: the header then keeps the account link only, and a visitor
     * without one is offered the way in for sellers. Read from the cookie, so no page waits on the database for it.
     */
    @TemplateGlobal
    static boolean signedIn() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return request != null && Arc.container().instance(SessionCookie.class).get().current(request).isPresent();
    }

    static String siteName() {
        return community().name();
    }

    /** The share preview is the community's logo once it has one, the portal's picture before. */
    static PageMeta meta(String publicUrl, UriInfo uri, String language, String title, String description,
            String canonical) {
        return meta(publicUrl, uri == null ? "/" : uri.getPath(), uri == null ? Map.of() : uri.getQueryParameters(),
                language, title, description, canonical);
    }

    /** The same from the raw path and parameters, for a page answered before any resource. */
    static PageMeta meta(String publicUrl, String path, Map<String, List<String>> query, String language, String title,
            String description, String canonical) {
        String other = Languages.ENGLISH.equals(language) ? Languages.INDONESIAN : Languages.ENGLISH;
        Community community = community();
        PageMeta.Image image = community.logoUrl() == null
                ? new PageMeta.Image(publicUrl + SHARE_IMAGE, 1200, 630, community.name())
                : new PageMeta.Image(publicUrl + community.logoUrl(), 0, 0, community.name());
        return new PageMeta(language, title, description, canonical, image, "website", null,
                switchLanguage(path, query, other));
    }

    /** The head of a member's or admin's page: its title with the site's name, its canonical address. */
    static PageMeta meta(PublicUrls urls, UriInfo uri, String language, String title, String description,
            String path) {
        return meta(urls.base(), uri, language, title + " – " + siteName(),
                description, urls.absolute(path));
    }

    /**
     * The current page in the other language, built from the normalised path and re-encoded parameters (in name
     * order): a request for //evil.example/x must not link to another host, nor a raw | or { in the query break
     * the page.
     */
    static String switchLanguage(UriInfo uri, String language) {
        return switchLanguage(uri.getPath(), uri.getQueryParameters(), language);
    }

    static String switchLanguage(String fullPath, Map<String, List<String>> query, String language) {
        String path = fullPath.replaceFirst("^[/\\\\]+", "");
        StringBuilder link = new StringBuilder("/").append(Arrays.stream(path.split("/", -1))
                .map(segment -> encode(segment).replace("+", "%20")).collect(Collectors.joining("/")));
        String separator = "?";
        for (Map.Entry<String, List<String>> param : new TreeMap<>(query).entrySet()) {
            if (!param.getKey().equals("lang")) {
                for (String value : param.getValue()) {
                    link.append(separator).append(encode(param.getKey())).append('=').append(encode(value));
                    separator = "&";
                }
            }
        }
        return link.append(separator).append("lang=").append(language).toString();
    }

    private static String encode(String text) {
        return QueryUrl.encode(text);
    }

    /** After a form: 303 to the page that shows the outcome, never cached. */
    /** "… 30 detik" or "… 15 menit": a wait under a minute and a half in seconds, else whole minutes rounded up. */
    static String waitInWords(long seconds, LongFunction<String> inSeconds, LongFunction<String> inMinutes) {
        return seconds < 90 ? inSeconds.apply(seconds) : inMinutes.apply((seconds + 59) / 60);
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    static TemplateInstance localized(TemplateInstance page, String language) {
        return page.setAttribute(MessageBundles.ATTRIBUTE_LOCALE, Locale.forLanguageTag(language));
    }

    private static String fingerprint(String... resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String resource : resources) {
                try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
