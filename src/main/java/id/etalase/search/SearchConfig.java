package id.etalase.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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

    /** How long connecting (or waiting for a pooled connection) to Elasticsearch may take for shoppers' requests. */
    @WithDefault("500ms")
    Duration connectTimeout();

    /** How long a search or suggest waits for Elasticsearch's answer before answering from the database. */
    @WithDefault("1200ms")
    Duration interactiveTimeout();

    /** How long the readiness probe waits for Elasticsearch. */
    @WithDefault("700ms")
    Duration probeTimeout();

    /** The circuit breaker opens when half of this many recent calls failed. */
    @WithDefault("4")
    int breakerRequests();

    /** How long an open breaker sends everything to the database before one trial call. */
    @WithDefault("10s")
    Duration breakerOpenFor();

    /** How many searches' answers are kept ({@link SearchAnswers}); 0 asks the index every time. */
    @WithDefault("500")
    int answersKept();

    /** How long an answer is kept at most: how late another replica's changes can show in searches here. */
    @WithDefault("30s")
    Duration answersFor();

    /** Rebuild the index at start-up, then stop the app: what scripts/reindex.sh does. */
    @WithDefault("false")
    boolean reindexAndExit();
}
