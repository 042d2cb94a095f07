package id.etalase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One owner per aggregate (README, "Layout"): a feature writes only its own tables and asks the owner for the rest (a
 * sector merge asks catalog to move products and member to move members). {@link ArchitectureTest} cannot see this,
 * since the coupling goes through SQL, not imports: this reads every SQL and JPQL statement in the main sources (string
 * literals and text blocks) that inserts, updates or deletes, and Panache's {@code Entity.update/delete} calls, and
 * fails naming the class that writes a table another package owns.
 */
class OwnedTablesTest {

    /** Each table's owning package (the one whose service is its one writer). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("account", "account"), Map.entry("password_reset", "account"),
            Map.entry("ended_session", "account"), Map.entry("login_throttle", "account"),
            Map.entry("member", "member"),
            Map.entry("product", "catalog"), Map.entry("product_revision", "catalog"), Map.entry("photo", "catalog"),
            Map.entry("featured_product", "catalog"), Map.entry("featured_member", "catalog"),
            // reference holds the entities only; admin's ReferenceAdminService is their one writer.
            Map.entry("province", "admin"), Map.entry("district", "admin"), Map.entry("sector", "admin"),
            Map.entry("sector_redirect", "admin"),
            Map.entry("search_outbox", "search"), Map.entry("search_state", "search"),
            Map.entry("search_miss", "search"), Map.entry("search_miss_daily", "search"),
            Map.entry("search_synonym", "search"),
            Map.entry("enquiry", "enquiry"), Map.entry("product_view", "enquiry"),
            Map.entry("product_daily_count", "enquiry"), Map.entry("client_hash_key", "enquiry"),
            Map.entry("audit_log", "moderation"), Map.entry("product_report", "moderation"),
            Map.entry("community_settings", "settings"),
            Map.entry("import_upload", "admin"));

    /**
     * Writes allowed across an owner's line, each with its reason. Keep this short: the fix is to ask the owner.
     * demo/DemoCatalogueWriter: bulk JDBC inserts of a generated catalogue of thousands of members and products into
     * an empty development database in one transaction, before the portal serves and the index is rebuilt.
     * demo/DemoLogin: gives the development demo member the login number the README names; never in production.
     */
    static final Set<String> ALLOWED = Set.of(
            "demo/DemoCatalogueWriter.java writes member", "demo/DemoCatalogueWriter.java writes product",
            "demo/DemoLogin.java writes member");

    private static final Path SOURCES = Path.of("src/main/java/id/etalase");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:insert\\s+(?:ignore\\s+)?into|replace\\s+into|update|delete\\s+from)\\s+`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PANACHE = Pattern.compile("\\b([A-Z]\\w*)\\.(?:update|delete|deleteAll)\\(");

    @Test
    void everyTableHasAnOwner() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.sorted().toList()) {
                Matcher created = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)")
                        .matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertEquals(List.of(), tables.stream().filter(t -> !OWNERS.containsKey(t)).distinct().sorted().toList(),
                "give each new table its owning package here");
    }

    @Test
    void noFeatureWritesAnotherFeaturesTables() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file);
                List<String> written = new ArrayList<>();
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher statement = STATEMENT.matcher(text);
                    while (statement.find()) {
                        written.add(table(statement.group(1)));
                    }
                }
                Matcher panache = PANACHE.matcher(source);
                while (panache.find()) {
                    written.add(table(panache.group(1)));
                }
                written.stream().filter(OWNERS::containsKey).filter(t -> !OWNERS.get(t).equals(own))
                        .map(t -> name + " writes " + t).filter(v -> !ALLOWED.contains(v)).forEach(violations::add);
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList(),
                "ask the owning package's service instead (one owner per aggregate)");
    }

    /** Search hears of every product change from ProductWrites alone: a second place that fires it is one to forget. */
    @Test
    void productChangedIsFiredInOnePlace() throws IOException {
        List<String> firing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).contains("new ProductChanged(")) {
                    firing.add(SOURCES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(List.of("catalog/ProductWrites.java"), firing);
    }

    /** A table's name, or an entity's (ProductRevision) as its table's (product_revision). */
    private static String table(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
