package id.etalase.search;

import id.etalase.common.RateLimited;
import id.etalase.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SuggestService suggest;

    @Inject
    FacetLabels labels;

    @RateLimited(RateLimited.SEARCH)
    @GET
    @Path("/search")
    @Operation(operationId = "search", summary = "Full-text search with the listing's filters, highlights and facets;"
            + " engine tells whether Elasticsearch or the database answered")
    public SearchResult search(@Valid @BeanParam SearchParams params, HttpHeaders headers) {
        return labels.named(search.search(params), Languages.fromHeaders(headers));
    }

    @RateLimited(RateLimited.SUGGEST)
    @GET
    @Path("/suggest")
    @Operation(operationId = "suggest", summary = "Up to 8 typeahead suggestions: products, members and sectors")
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return suggest.suggest(q);
    }
}
