package id.etalase.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the API document for generated clients: the server is the portal's public address, and every
 * operation lists the problem+json answers it can give (one shared schema), besides its success.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentation implements OASFilter {

    static final String PROBLEM = "Problem";

    /** What each group of operations is for, as generated clients and the docs show it. */
    static final Map<String, String> TAGS = Map.of(
            "Catalogue", "Published products, sectors and districts",
            "Members", "Active member businesses and their products",
            "Search", "Full-text search with facets, and typeahead suggestions",
            "My account", "The logged-in account and its business profile",
            "My products", "The logged-in member's own listings",
            "Admin", "The admins' approval queues, decisions and audit log");
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("etalase.portal.public-url", String.class)
                .orElse("http://localhost:8080");
        api.setServers(List.of(OASFactory.createServer().url(publicUrl.replaceFirst("/$", ""))
                .description("This portal")));
        api.getComponents().addSchema(PROBLEM, problemSchema());
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getDescription())));
        }
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (!secured) {
                    // Open to anyone: said explicitly, so a client does not guess that it needs a login.
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
                }
                add(operation, "400", "Invalid input: the fields that are wrong, each with a plain message");
                if (secured) {
                    add(operation, "401", "Not logged in, or a wrong number or password");
                    add(operation, "403", "The account may not do this");
                }
                if (!path.getOperations().isEmpty() && operation.getOperationId() != null
                        && (operation.getOperationId().startsWith("get") || hasPathParameter(operation))) {
                    add(operation, "404", "No such resource (or not one of yours)");
                }
                if (entry.getKey() != PathItem.HttpMethod.GET) {
                    add(operation, "409", "The resource changed meanwhile (another admin decided, …)");
                }
            }
        }
    }

    private static boolean hasPathParameter(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() != null && p.getIn().toString()
                        .equalsIgnoreCase("path"));
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        Schema field = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The parameter or field as the client sent it"))
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("A stable code for the rule it breaks"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What to do, in the language asked for (Indonesian by default)"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(field));
    }
}
