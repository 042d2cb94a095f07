package id.etalase.web;

import id.etalase.common.PublicUrls;
import id.etalase.i18n.Languages;
import id.etalase.settings.Community;
import id.etalase.settings.SettingsService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * What follows the community settings outside the page body: the theme's colours, the logo, the web app manifest and
 * the "about" page.
 */
@Path("/")
public class CommunityPages {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(PageMeta meta, List<String> paragraphs);
    }

    @Inject
    SettingsService settings;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("tentang")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance about() {
        String language = Languages.forRequest(uri, headers);
        Community community = settings.current();
        String title = Languages.messages(language).about_title(community.name());
        return Pages.localized(Templates.about(Pages.meta(urls.base(), uri, language, title,
                community.tagline(language), urls.absolute("/tentang")), community.aboutParagraphs(language)),
                language);
    }

    /** The colours the admins chose, over the stylesheet's defaults; its address changes with every change. */
    @GET
    @Path("tema.css")
    @Produces("text/css")
    public Response theme() {
        Community community = settings.current();
        String css = ":root{--brand:" + community.brandColour() + ";--gold:" + community.accentColour() + "}\n";
        return Response.ok(css, "text/css; charset=UTF-8").header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
    }

    @GET
    @Path("logo-{hash: [0-9a-f]{16}}.png")
    @Produces("image/png")
    public Response logo(@PathParam("hash") String hash) {
        byte[] png = settings.logo(hash).orElseThrow(NotFoundException::new);
        return Response.ok(png, "image/png").header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
    }

    @GET
    @Path("manifest.webmanifest")
    @Produces("application/manifest+json")
    public Response manifest() {
        Community community = settings.current();
        Map<String, Object> manifest = Map.of("name", community.name(), "short_name", community.name(),
                "lang", Languages.INDONESIAN, "start_url", "/", "scope", "/", "display", "standalone",
                "theme_color", community.brandColour(), "background_color", "#fffdf9",
                "icons", List.of(Map.of("src", "/img/icon-192.png", "sizes", "192x192", "type", "image/png"),
                        Map.of("src", "/img/icon-512.png", "sizes", "512x512", "type", "image/png")));
        return Response.ok(manifest, "application/manifest+json")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
    }
}
