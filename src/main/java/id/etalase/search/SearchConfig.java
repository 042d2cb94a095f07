package id.etalase.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the search index and of the indexer that keeps it in step with the database. */
@ConfigMapping(prefix = "etalase.search")
public interface SearchConfig {

    /** The alias searches go through; it points at the current versioned index (alias_vN). */
    @WithDefault("products")
    String alias();

    @WithDefault("0")
    int replicas();

    /** How often the outbox is drained on a timer, besides right after each commit. */
    @WithDefault("5s")
    String drainEvery();

    /** Outbox rows handled per bulk request. */
    @WithDefault("500")
    int drainBatch();

    /** Documents per bulk request during a full reindex. */
    @WithDefault("1000")
    int reindexBatch();

    /** Rebuild the index at start-up, then stop the app: what scripts/reindex.sh does. */
    @WithDefault("false")
    boolean reindexAndExit();
}
