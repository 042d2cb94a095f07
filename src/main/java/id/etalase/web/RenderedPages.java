package id.etalase.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.etalase.settings.Community;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The HTML of the pages most shared links open (home, product pages), as a visitor without a session and without a
 * query string sees them, per language. A page is rendered again as soon as the view it shows is another one (the
 * catalogue's kept views are replaced on every change) or the community's settings are, so it is never older than
 * what it shows; and listings and search results per address, as long as the search's kept answer is the same.
 * Visitors with a session always get a page rendered for them.
 */
@ApplicationScoped
public class RenderedPages {

    /** The HTML kept, in characters: some 24 MB, a few thousand pages; the least used are rendered again when asked. */
    static final long CHARACTERS_KEPT = 24_000_000;

    private record Key(String path, String language) {
    }

    private record Rendered(Object view, Community community, String html) {
    }

    private final Cache<Key, Rendered> pages = Caffeine.newBuilder().maximumWeight(CHARACTERS_KEPT)
            .<Key, Rendered>weigher((key, rendered) -> rendered.html.length()).build();

    /** The page of {@code view} at {@code path}: the HTML rendered for it before when it is the same view. */
    String html(HttpServerRequest request, String path, String language, Object view, Supplier<TemplateInstance> page) {
        if (request.query() != null || Pages.signedIn()) {
            return page.get().render();
        }
        return kept(new Key(path, language), view, page);
    }

    /**
     * A page whose content follows its whole address, query string included (listings and search results, whose
     * {@code view} is the search's answer as kept): rendered again when the answer is another one.
     */
    String htmlOfAddress(HttpServerRequest request, String language, Object view, Supplier<TemplateInstance> page) {
        if (Pages.signedIn()) {
            return page.get().render();
        }
        return kept(new Key(request.query() == null ? request.path() : request.path() + "?" + request.query(),
                language), view, page);
    }

    private String kept(Key key, Object view, Supplier<TemplateInstance> page) {
        Community community = Pages.community();
        Rendered known = pages.getIfPresent(key);
        if (known != null && known.view == view && known.community == community) {
            return known.html;
        }
        String html = page.get().render();
        pages.put(key, new Rendered(view, community, html));
        return html;
    }
}
