package id.etalase.search;

import id.etalase.common.DatabaseLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Across all app replicas only one drains the outbox or rebuilds the index at a time; a drain during a rebuild would
 * write to the index being replaced.
 */
@ApplicationScoped
public class IndexLock {

    @Inject
    DatabaseLocks locks;

    /** The held lock, or empty when another holder keeps it beyond the wait. */
    public Optional<DatabaseLocks.Held> acquire(int waitSeconds) {
        return locks.acquire("etalase-search-index-", waitSeconds);
    }
}
