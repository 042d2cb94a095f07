package id.etalase.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The portal speaks Indonesian by default and English when the client asks for it. */
public final class Languages {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    private Languages() {
    }

    public static String fromHeaders(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if (INDONESIAN.equals(language) || "in".equals(language)) {
                    return INDONESIAN;
                }
                if (ENGLISH.equals(language)) {
                    return ENGLISH;
                }
            }
        }
        return INDONESIAN;
    }

    public static AppMessages messages(String language) {
        return ENGLISH.equals(language)
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of(ENGLISH))
                : MessageBundles.get(AppMessages.class);
    }
}
