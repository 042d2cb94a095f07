package id.etalase.demo;

import id.etalase.common.StartupLock;
import id.etalase.search.ProductIndexer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with the demo catalogue at start-up when {@code etalase.demo.enabled} is set.
 * Flyway's migrate-at-start runs during runtime init, before any StartupEvent observer, so the schema is there.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final DataSource dataSource;
    private final ProductIndexer indexer;
    private final StartupLock startupLock;
    private final DemoCatalogueWriter writer;

    public DemoDataLoader(DemoConfig config, DataSource dataSource, ProductIndexer indexer, StartupLock startupLock,
            DemoCatalogueWriter writer) {
        this.config = config;
        this.dataSource = dataSource;
        this.indexer = indexer;
        this.startupLock = startupLock;
        this.writer = writer;
    }

    // Early among start-up observers, so that observers at the default priority (an index rebuild) see the data.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            // Replicas starting together on an empty database: one loads and indexes, the others wait and find it.
            startupLock.run("loading the demo data", this::loadIntoEmptyDatabase);
        } catch (SQLException | RuntimeException e) {
            if (isDuplicateKey(e)) {
                // Another replica started on the same empty database and won the race; its data stands.
                LOG.warnf("Demo data: not loaded, another instance loaded it first (%s)", e.getMessage());
                return;
            }
            throw new IllegalStateException("Demo data could not be loaded: " + e.getMessage(), e);
        }
    }

    private void loadIntoEmptyDatabase() throws SQLException {
        if (!memberTableIsEmpty()) {
            LOG.debug("Demo data: members already present, nothing loaded");
            return;
        }
        DemoLoadResult result = load(config.seed(), config.products());
        LOG.infof("Demo data: loaded %d members and %d products in %d ms", result.members(), result.products(),
                result.elapsedMillis());
        rebuildIndex();
    }

    /** Fresh demo data means the index (if any) describes other data; the owners told search nothing row by row. */
    private void rebuildIndex() {
        try {
            indexer.rebuild();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Search index not rebuilt after loading demo data (%s)", e.getMessage());
        }
    }

    /** Generates the catalogue for {@code seed} with {@code products} published products and writes it. */
    public DemoLoadResult load(long seed, int products) {
        long started = System.nanoTime();
        DemoCatalogue catalogue = DemoCatalogueGenerator.generate(seed, products);
        DemoLoadResult written = writer.write(catalogue);
        LOG.debugf("Demo data: generated in %d ms, written in %d ms",
                (System.nanoTime() - started) / 1_000_000 - written.elapsedMillis(), written.elapsedMillis());
        return new DemoLoadResult(written.members(), written.products(), (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean isDuplicateKey(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private boolean memberTableIsEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM member LIMIT 1")) {
            return !rows.next();
        }
    }
}
