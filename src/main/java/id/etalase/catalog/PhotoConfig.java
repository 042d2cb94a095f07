package id.etalase.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where photos are kept. */
@ConfigMapping(prefix = "etalase.photos")
public interface PhotoConfig {

    enum Storage { DATABASE, DIRECTORY }

    /** The database by default (one source of truth, one backup); a directory shared by all replicas otherwise. */
    @WithDefault("database")
    Storage storage();

    /** The shared directory, when storage=directory. */
    Optional<Path> directory();

    /**
     * Where a photo sent to the API as the request's body is written while it is checked and processed, as Quarkus
     * writes a form's files (quarkus.http.body.uploads-directory).
     */
    Path uploadsDirectory();

    /**
     * Photos processed at the same time. Each is decoded at under twice the large size (a few MB of raster, whatever
     * the photo's own size) and takes a core while it is scaled and encoded.
     */
    @WithDefault("2")
    int concurrentProcessing();
}
