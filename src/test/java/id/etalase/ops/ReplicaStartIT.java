package id.etalase.ops;

import id.etalase.demo.DemoCatalogue;
import id.etalase.demo.DemoCatalogueGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two replicas of the packaged app started at the same moment on one empty database and one Elasticsearch, as a
 * Kubernetes Deployment does: Flyway migrates once (its named lock), the demo data and first accounts are written
 * once (the start-up lock), and one index is built behind the alias (the index lock), whoever wins each race.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaStartIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String DATABASE = "etalase_it_replicas_" + SUFFIX;
    static final String ALIAS = "it_replicas_" + SUFFIX;
    static final String PUBLISHED = "select count(*) from product p join member m on m.id = p.member_id"
            + " where p.status = 'published' and m.status = 'active'";

    static PackagedApp first;
    static PackagedApp second;

    @BeforeAll
    static void startTwoReplicasTogether() throws Exception {
        Databases.create(DATABASE);
        startBoth("replica");
    }

    private static void startBoth(String name) throws Exception {
        first = PackagedApp.start(name + "-1", DATABASE, ALIAS, Map.of());
        second = PackagedApp.start(name + "-2", DATABASE, ALIAS, Map.of());
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> ready(first));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> ready(second));
        CompletableFuture.allOf(one, two).join();
    }

    @AfterAll
    static void stopAndDropEverything() throws Exception {
        for (PackagedApp app : new PackagedApp[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        Databases.drop(DATABASE);
        SearchIndices.deleteAll(ALIAS);
    }

    @Test
    void everyMigrationRanOnceAndSucceeded() throws Exception {
        List<String> versions;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
        }
        List<List<String>> applied = Databases.rows(DATABASE, "select version, count(*), min(success)"
                + " from flyway_schema_history where version is not null group by version order by version");
        assertEquals(versions, applied.stream().map(row -> row.get(0)).sorted().toList());
        applied.forEach(row -> assertEquals(List.of(row.get(0), "1", "1"), row, "version " + row.get(0)));
    }

    @Test
    void theDemoDataAndTheFirstAccountsAreThereOnce() throws Exception {
        DemoCatalogue catalogue = DemoCatalogueGenerator.generate(20261124, 1520);
        assertEquals(catalogue.members().size(), Databases.count(DATABASE, "select count(*) from member"));
        assertEquals(catalogue.products().size(), Databases.count(DATABASE, "select count(*) from product"));
        // the first admin (ADMIN_PHONE of the test profile) and the demo member's login
        assertEquals(1, Databases.count(DATABASE, "select count(*) from account where role = 'admin'"));
        assertEquals(1, Databases.count(DATABASE, "select count(*) from account where member_id is not null"));
    }

    @Test
    void oneIndexIsBuiltBehindTheAliasWithEveryPublishedProduct() throws Exception {
        assertEquals(1, SearchIndices.behind(ALIAS).size(), "indices behind " + ALIAS);
        assertEquals(SearchIndices.behind(ALIAS), SearchIndices.made(ALIAS), "no index left over beside it");
        assertEquals(Databases.count(DATABASE, PUBLISHED), SearchIndices.count(ALIAS));
        long builds = Stream.of(first, second).mapToLong(app -> uncheckedOutput(app).lines()
                .filter(line -> line.contains("Reindex: building")).count()).sum();
        assertEquals(1, builds, "index builds in both logs together");
    }

    @Test
    void neitherReplicaLoggedAnError() throws Exception {
        assertEquals(List.of(), first.errors(), "errors of the first replica");
        assertEquals(List.of(), second.errors(), "errors of the second replica");
    }

    /**
     * The database restored (a new identity) under the index of the old one: of two replicas starting together, one
     * rebuilds the index at start-up, the other waits for the index lock and keeps what it finds.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void onARestoredDatabaseTwoReplicasStartingTogetherRebuildTheIndexOnce() throws Exception {
        first.close();
        second.close();
        String before = SearchIndices.behind(ALIAS).get(0);
        try (var connection = Databases.connect(DATABASE); var statement = connection.createStatement()) {
            statement.executeUpdate("update search_state set database_id = uuid()");
        }
        startBoth("replica-restored");
        for (PackagedApp app : List.of(first, second)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!app.output().contains("rebuilding it") && !app.output().contains("from this database: kept")
                    && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
        }
        long builds = Stream.of(first, second).mapToLong(app -> uncheckedOutput(app).lines()
                .filter(line -> line.contains("Reindex: building")).count()).sum();
        long kept = Stream.of(first, second).mapToLong(app -> uncheckedOutput(app).lines()
                .filter(line -> line.contains("from this database: kept")).count()).sum();
        assertEquals(List.of(1L, 1L), List.of(builds, kept), "builds and kept indices in both logs together");
        List<String> after = SearchIndices.behind(ALIAS);
        assertEquals(1, after.size());
        assertNotEquals(before, after.get(0));
        assertEquals(after, SearchIndices.made(ALIAS), "no index left over beside it");
        assertEquals(Databases.count(DATABASE, PUBLISHED), SearchIndices.count(ALIAS));
        assertEquals(List.of(), first.errors(), "errors of the first replica");
        assertEquals(List.of(), second.errors(), "errors of the second replica");
    }

    private static void ready(PackagedApp app) {
        try {
            app.awaitReady(Duration.ofSeconds(240));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uncheckedOutput(PackagedApp app) {
        try {
            return app.output();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
