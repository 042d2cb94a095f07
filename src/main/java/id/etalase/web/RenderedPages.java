package id.etalase.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The HTML of the pages most shared links open (home, product pages), as a visitor without a session and without a
 * query string sees them, per language. A page is rendered again as soon as the view it shows is another one (the
 * catalogue's kept views are replaced on every change) or the community's settings are, so it is never older than
 * what it shows; and listings and search results per address, as long as the search's kept answer and the reference
 * data's names are the same.
 * Visitors with a session always get a page rendered for them.
 */
@ApplicationScoped
public class RenderedPages {

    /** The HTML kept, in characters: some 24 MB, a few thousand pages; the least used are rendered again when asked. */
    static final long CHARACTERS_KEPT = 24_000_000;

    private record Key(String path, String language) {
    }

    /** {@code shown}: every object the page shows, each compared by identity (kept views are replaced, not changed). */
    private record Rendered(List<Object> shown, String html) {

        boolean shows(List<Object> now) {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i) != now.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Cache<Key, Rendered> pages = Caffeine.newBuilder().maximumWeight(CHARACTERS_KEPT)
            .<Key, Rendered>weigher((key, rendered) -> rendered.html.length()).build();

    /** The page of {@code view} at {@code path}: the HTML rendered for it before when it is the same view. */
    String html(HttpServerRequest request, String path, String language, Object view, Supplier<TemplateInstance> page) {
        if (request.query() != null || Pages.signedIn()) {
            return page.get().render();
        }
        return kept(new Key(path, language), List.of(view), page);
    }

    /**
     * A page whose content follows its whole address, query string included (listings and search results): rendered
     * again when any of the {@code shown} objects is another one (the search's answer as kept, the names of the
     * reference data as last read).
     */
    String htmlOfAddress(HttpServerRequest request, String language, List<Object> shown,
            Supplier<TemplateInstance> page) {
        if (Pages.signedIn()) {
            return page.get().render();
        }
        return kept(new Key(request.query() == null ? request.path() : request.path() + "?" + request.query(),
                language), shown, page);
    }

    private String kept(Key key, List<Object> views, Supplier<TemplateInstance> page) {
        List<Object> shown = new ArrayList<>(views);
        // Every page shows the community's settings (name, logo, tagline) in its layout.
        shown.add(Pages.community());
        Rendered known = pages.getIfPresent(key);
        if (known != null && known.shows(shown)) {
            return known.html;
        }
        String html = page.get().render();
        pages.put(key, new Rendered(shown, html));
        return html;
    }
}
