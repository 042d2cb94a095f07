package id.etalase.web;

import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** What every HTML page shares: the head's meta data, the language, the fingerprint of the static files. */
public class Pages {

    static final String SHARE_IMAGE = "/img/etalase-share.png";

    /** Changes whenever the stylesheet or script changes, so both can be cached for a year. */
    @TemplateGlobal
    static final String assetVersion = fingerprint("META-INF/resources/css/etalase.css", "META-INF/resources/js/etalase.js");

    static PageMeta meta(String publicUrl, UriInfo uri, String language, String title, String description,
            String canonical) {
        String other = Languages.ENGLISH.equals(language) ? Languages.INDONESIAN : Languages.ENGLISH;
        // From the normalised path: a request for //evil.example/x must not link to another host.
        String path = "/" + uri.getRequestUri().getRawPath().replaceFirst("^[/\\\\]+", "");
        String switchLanguage = UriBuilder.fromPath("/").replacePath(path)
                .replaceQuery(uri.getRequestUri().getRawQuery()).replaceQueryParam("lang", other).build().toString();
        return new PageMeta(language, title, description, canonical, publicUrl + SHARE_IMAGE, "website", null,
                switchLanguage);
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
