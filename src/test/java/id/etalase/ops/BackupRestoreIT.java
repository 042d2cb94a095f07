package id.etalase.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip of scripts/backup.sh and scripts/restore.sh against the real MariaDB: a portal's database (the demo
 * data) and photo directory are backed up, restored into an empty database and directory, and compare equal; the
 * packaged app then rebuilds its index on the restored database by itself, and not on the unchanged one.
 */
class BackupRestoreIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String SOURCE = "etalase_it_backup_" + SUFFIX;
    static final String RESTORED = "etalase_it_restored_" + SUFFIX;
    static final String BY_HAND = "etalase_it_by_hand_" + SUFFIX;
    static final String ALIAS = "it_backup_" + SUFFIX;
    static final String PUBLISHED = "select count(*) from product p join member m on m.id = p.member_id"
            + " where p.status = 'published' and m.status = 'active'";

    static Path work;
    static Path photos;
    static Path restoredPhotos;
    static Path backup;
    static String firstIndex;
    static long publishedAtBackup;

    @BeforeAll
    static void backUpAPortalAndRestoreIt() throws Exception {
        work = Files.createTempDirectory("etalase-backup-it");
        photos = Files.createDirectories(work.resolve("photos"));
        restoredPhotos = work.resolve("restored-photos");
        Files.createDirectories(photos.resolve("7"));
        Files.write(photos.resolve("7/107-abc-480.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Files.write(photos.resolve("7/107-abc-1200.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 4, 5, 6, 7});
        Databases.create(SOURCE);
        Databases.create(RESTORED);
        try (PackagedApp app = PackagedApp.start("backup-source", SOURCE, ALIAS, Map.of())) {
            app.awaitReady(Duration.ofSeconds(180));
        }
        firstIndex = single(SearchIndices.behind(ALIAS));
        publishedAtBackup = Databases.count(SOURCE, PUBLISHED);

        Script backedUp = script(Map.of("DB_NAME", SOURCE, "PHOTO_STORAGE", "directory", "PHOTO_DIRECTORY",
                photos.toString()), "scripts/backup.sh", "--output", work.resolve("backups").toString());
        assertEquals(0, backedUp.exit(), backedUp.output());
        backup = Path.of(backedUp.lastLine());
        Script restored = script(Map.of("DB_NAME", RESTORED, "PHOTO_DIRECTORY", restoredPhotos.toString()),
                "scripts/restore.sh", backup.toString());
        assertEquals(0, restored.exit(), restored.output());
    }

    @AfterAll
    static void dropEverything() throws Exception {
        Databases.drop(SOURCE);
        Databases.drop(RESTORED);
        Databases.drop(BY_HAND);
        SearchIndices.deleteAll(ALIAS);
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void theBackupIsOneFolderWithTheDumpThePhotosAndAManifest() throws Exception {
        assertTrue(backup.getFileName().toString().matches("etalase-" + SOURCE + "-\\d{8}T\\d{6}Z"), backup.toString());
        try (Stream<Path> files = Files.list(backup)) {
            assertEquals(List.of("database.sql.gz", "manifest.txt", "photos.tar.gz"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String manifest = Files.readString(backup.resolve("manifest.txt"));
        assertTrue(manifest.contains("database: " + SOURCE), manifest);
        assertFalse(manifest.contains("etalase\n") || manifest.toLowerCase().contains("password"), manifest);
    }

    @Test
    void everyTableHasTheSameRowsAfterTheRestore() throws Exception {
        List<String> tables = Databases.tables(SOURCE);
        assertTrue(tables.containsAll(List.of("member", "product", "account", "flyway_schema_history")), "" + tables);
        assertEquals(tables, Databases.tables(RESTORED));
        for (String table : tables) {
            assertEquals(Databases.count(SOURCE, "select count(*) from `" + table + "`"),
                    Databases.count(RESTORED, "select count(*) from `" + table + "`"), table);
            if (!table.equals("search_state")) {
                assertEquals(Databases.rows(SOURCE, "checksum table `" + table + "`").get(0).get(1),
                        Databases.rows(RESTORED, "checksum table `" + table + "`").get(0).get(1), table);
            }
        }
        for (String sample : List.of(
                "select count(*), sum(crc32(concat_ws('|', id, slug, name, description, price, status, member_id,"
                        + " updated_at, version))) from product",
                "select count(*), sum(crc32(concat_ws('|', id, slug, business_name, owner_name, whatsapp, status,"
                        + " district_id, created_at))) from member",
                "select count(*), sum(crc32(concat_ws('|', id, phone, password_hash, role, member_id)))"
                        + " from account")) {
            List<String> original = Databases.rows(SOURCE, sample).get(0);
            assertTrue(Long.parseLong(original.get(0)) > 0, sample);
            assertEquals(original, Databases.rows(RESTORED, sample).get(0), sample);
        }
    }

    @Test
    void theRestoredDatabaseHasANewIdentity() throws Exception {
        assertNotEquals(Databases.rows(SOURCE, "select database_id from search_state"),
                Databases.rows(RESTORED, "select database_id from search_state"));
    }

    /** Without restore.sh too: the dump itself ends by renewing the identity. */
    @Test
    void aDumpLoadedByHandAlsoGivesADatabaseOfItsOwn() throws Exception {
        Databases.create(BY_HAND);
        Script loaded = script(Map.of(), "-c", "gunzip -c " + backup.resolve("database.sql.gz")
                + " | mariadb -h127.0.0.1 -uetalase -petalase " + BY_HAND);
        assertEquals(0, loaded.exit(), loaded.output());
        assertEquals(Databases.count(SOURCE, "select count(*) from product"),
                Databases.count(BY_HAND, "select count(*) from product"));
        List<List<String>> identity = Databases.rows(BY_HAND, "select database_id from search_state");
        assertEquals(1, identity.size());
        assertNotEquals(Databases.rows(SOURCE, "select database_id from search_state"), identity);
        assertNotEquals(Databases.rows(RESTORED, "select database_id from search_state"), identity);
    }

    @Test
    void thePhotosAreRestored() throws Exception {
        assertEquals(List.of("7/107-abc-1200.jpg", "7/107-abc-480.jpg"), files(restoredPhotos));
        for (String file : files(photos)) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(photos.resolve(file)),
                    Files.readAllBytes(restoredPhotos.resolve(file))), file);
        }
    }

    @Test
    void aDatabaseWithTablesIsNotRestoredIntoWithoutForce() throws Exception {
        long members = Databases.count(RESTORED, "select count(*) from member");
        Script refused = script(Map.of("DB_NAME", RESTORED, "PHOTO_DIRECTORY", work.resolve("other").toString()),
                "scripts/restore.sh", backup.toString());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.output().contains("is not empty"), refused.output());
        assertEquals(members, Databases.count(RESTORED, "select count(*) from member"));
    }

    /**
     * After the backup the source changes and its portal drains the change into the index as usual, without a
     * rebuild; a portal started on the restored (older) database with the same alias rebuilds the index from it.
     */
    @Test
    void thePortalRebuildsTheIndexForTheRestoredDatabaseAndOnlyForIt() throws Exception {
        String archived = String.join(",", Databases.rows(SOURCE, "select id from product"
                + " where status = 'published' order by id limit 5").stream().map(row -> row.get(0)).toList());
        // Kept in SQL: no portal runs on the source now (the one below starts after), so the change is written as
        // ListingService.archive writes it, outbox row included.
        try (var connection = Databases.connect(SOURCE); var statement = connection.createStatement()) {
            statement.executeUpdate("update product set status = 'archived', version = version + 1"
                    + " where id in (" + archived + ")");
            statement.executeUpdate("insert into search_outbox (product_id, created_at) select id, now(6) from product"
                    + " where id in (" + archived + ")");
        }
        assertEquals(publishedAtBackup - 5, Databases.count(SOURCE, PUBLISHED));
        try (PackagedApp app = PackagedApp.start("backup-source-again", SOURCE, ALIAS, Map.of())) {
            app.awaitReady(Duration.ofSeconds(180));
            app.awaitLog("was built from this database: kept", Duration.ofSeconds(60));
            awaitCount(publishedAtBackup - 5);
            assertEquals(List.of(firstIndex), SearchIndices.behind(ALIAS), "the unchanged database keeps its index");
            assertFalse(app.output().contains("Reindex: building"), app.output());
            assertEquals(List.of(), app.errors());
        }
        try (PackagedApp app = PackagedApp.start("backup-restored", RESTORED, ALIAS, Map.of())) {
            app.awaitReady(Duration.ofSeconds(180));
            awaitCount(publishedAtBackup);
            String rebuilt = single(SearchIndices.behind(ALIAS));
            assertNotEquals(firstIndex, rebuilt, "the restored database gets an index of its own");
            // the old index is deleted right after the alias moves
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (SearchIndices.made(ALIAS).size() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(List.of(rebuilt), SearchIndices.made(ALIAS), "the stale index is gone");
            assertTrue(app.output().contains("Reindex: building"), app.output());
            assertEquals(List.of(), app.errors());
        }
    }

    private static void awaitCount(long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long count = -1;
        while (System.nanoTime() < deadline) {
            count = SearchIndices.behind(ALIAS).size() == 1 ? SearchIndices.count(ALIAS) : -1;
            if (count == expected) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(expected, count, "documents behind " + ALIAS);
    }

    private static String single(List<String> indices) {
        assertEquals(1, indices.size(), "indices behind " + ALIAS + ": " + indices);
        return indices.get(0);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    record Script(int exit, String output, String lastLine) {
    }

    /** Runs one of the scripts with the database settings of the scratch databases. */
    private static Script script(Map<String, String> env, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("PHOTO_"));
        builder.environment().putAll(env);
        Path errors = Files.createTempFile(work, "script", ".log");
        Process process = builder.redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ended");
        String all = out + Files.readString(errors);
        List<String> lines = out.lines().toList();
        return new Script(process.exitValue(), all, lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }
}
