package id.etalase.web;

import id.etalase.i18n.Languages;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Bean Validation messages speak the language the shopper chose on the portal (?lang=, then the remembered cookie),
 * like the pages; otherwise Quarkus' own resolver follows Accept-Language.
 */
@ApplicationScoped
@Priority(10)
public class ChosenLanguageForValidation implements LocaleResolver {

    @Inject
    CurrentVertxRequest request;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        RoutingContext current = request.getCurrent();
        if (current == null) {
            return null;
        }
        String chosen = current.queryParams().get("lang");
        if (!Languages.isSupported(chosen)) {
            Cookie cookie = current.request().getCookie(Languages.COOKIE);
            chosen = cookie == null ? null : cookie.getValue();
        }
        return Languages.isSupported(chosen) ? Locale.forLanguageTag(chosen) : null;
    }
}
