package id.etalase.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** The portal speaks Indonesian by default and English when the client asks for it. */
public final class Languages {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    private Languages() {
    }

    public static final String COOKIE = "etalase-lang";

    /** ?lang=… first (a shopper's explicit choice, remembered in a cookie), then that cookie, then Accept-Language. */
    public static String forRequest(UriInfo uri, HttpHeaders headers) {
        return choose(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                headers == null ? null : headers.getCookies().get(COOKIE),
                headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The same choice inside a request or response filter. */
    public static String forRequest(ContainerRequestContext request) {
        return choose(request.getUriInfo().getQueryParameters().getFirst("lang"), request.getCookies().get(COOKIE),
                request.getAcceptableLanguages());
    }

    private static String choose(String chosen, Cookie cookie, List<Locale> acceptable) {
        return choose(chosen, cookie == null ? null : cookie.getValue(), acceptable);
    }

    private static String choose(String chosen, String cookie, List<Locale> acceptable) {
        if (isSupported(chosen)) {
            return chosen;
        }
        if (isSupported(cookie)) {
            return cookie;
        }
        return fromAcceptable(acceptable);
    }

    /** The same choice for a request the HTTP server refuses before any resource: from the raw values. */
    public static String forRequest(String chosen, String cookie, String acceptLanguage) {
        List<Locale> acceptable = new java.util.ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage == null ? "" : acceptLanguage)) {
                acceptable.add(Locale.forLanguageTag(range.getRange()));
            }
        } catch (IllegalArgumentException unreadable) {
            // an Accept-Language nobody can read: the default language
        }
        return choose(chosen, cookie, acceptable);
    }

    public static boolean isSupported(String language) {
        return INDONESIAN.equals(language) || ENGLISH.equals(language);
    }

    public static String fromHeaders(HttpHeaders headers) {
        return headers == null ? INDONESIAN : fromAcceptable(headers.getAcceptableLanguages());
    }

    private static String fromAcceptable(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (INDONESIAN.equals(language) || "in".equals(language)) {
                return INDONESIAN;
            }
            if (ENGLISH.equals(language)) {
                return ENGLISH;
            }
        }
        return INDONESIAN;
    }

    public static AppMessages messages(String language) {
        return ENGLISH.equals(language)
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of(ENGLISH))
                : MessageBundles.get(AppMessages.class);
    }

    public static SellerMessages sellerMessages(String language) {
        return ENGLISH.equals(language)
                ? MessageBundles.get(SellerMessages.class, Localized.Literal.of(ENGLISH))
                : MessageBundles.get(SellerMessages.class);
    }

    public static AdminMessages adminMessages(String language) {
        return ENGLISH.equals(language)
                ? MessageBundles.get(AdminMessages.class, Localized.Literal.of(ENGLISH))
                : MessageBundles.get(AdminMessages.class);
    }
}
