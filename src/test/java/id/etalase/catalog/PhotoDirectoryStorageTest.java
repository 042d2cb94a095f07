package id.etalase.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alternative storage: files in a directory every replica shares, the database keeping only their hashes. */
@QuarkusTest
@TestProfile(PhotoDirectoryStorageTest.InADirectory.class)
class PhotoDirectoryStorageTest {

    static final Path DIRECTORY = Path.of("target", "photo-directory-test").toAbsolutePath();

    public static class InADirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("etalase.photos.storage", "directory", "etalase.photos.directory", DIRECTORY.toString());
        }
    }

    @Inject
    PhotoService photos;

    @Inject
    id.etalase.common.Sql sql;

    @Test
    void photosAreWrittenAsFilesAndServedFromThem() throws Exception {
        long member = ((Number) sql.single("select min(id) from member")).longValue();
        Path upload = Files.write(Files.createTempFile("photo-", ".png"), TestImages.encode(TestImages.picture(700,
                500), "png"));
        PhotoService.Staged staged = photos.stage(member, List.of(upload), 1, "photos");
        Files.delete(upload);
        long id = staged.ids().get(0);
        assertEquals(0, sql.count("select count(*) from photo where id = ? and large is not null", id),
                "no renditions in the database");
        String hash = (String) sql.single("select content_hash from photo where id = ?", id);
        Path large = DIRECTORY.resolve(String.valueOf(id % 100)).resolve(id + "-" + hash + "-1200.jpg");
        assertTrue(Files.exists(large), large.toString());
        byte[] served = QuarkusTransaction.requiringNew().call(() -> photos.rendition(id, hash.substring(0, 16), 1200))
                .orElseThrow().jpeg();
        assertArrayEquals(Files.readAllBytes(large), served);
    }
}
