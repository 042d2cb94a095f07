package id.etalase.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Views read from the database and kept in memory, for pages many shoppers open at once. A view younger than
 * {@code freshFor} is served as it is; an older one is still served while one background read replaces it (so a
 * change made on another replica shows within about {@code freshFor}); {@link #forgetAll()} (a change on this
 * replica) makes the next reader read again. While the database is away, the last view read is served, forgotten or
 * not. What the loader does not find (null) is not kept.
 */
public final class KeptViews<K, V> {

    private static final Logger LOG = Logger.getLogger(KeptViews.class);

    private record Kept<V>(V value, long generation, long readAt) {
    }

    private final String name;
    private final long freshForNanos;
    private final Duration outagePause;
    private final Function<K, V> loader;
    private final Executor background;
    private final Cache<K, Kept<V>> kept;
    private final AtomicLong generation = new AtomicLong();
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();
    private final Set<K> rereading = ConcurrentHashMap.newKeySet();

    public KeptViews(String name, Duration freshFor, long maximumSize, Function<K, V> loader, Executor background) {
        this.name = name;
        this.freshForNanos = freshFor.toNanos();
        this.outagePause = freshFor;
        this.loader = loader;
        this.background = background;
        // Kept well past freshness: what was read last is what pages show while the database is away.
        this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(6)).build();
    }

    public Optional<V> get(K key) {
        Kept<V> known = kept.getIfPresent(key);
        if (known == null) {
            return Optional.ofNullable(read(key));
        }
        if (known.generation == generation.get()) {
            if (System.nanoTime() - known.readAt > freshForNanos && refreshing.add(key)) {
                background.execute(() -> refresh(key));
            }
            return Optional.of(known.value);
        }
        // Forgotten: the first reader reads again (and sees the change); readers meanwhile get the view before it.
        if (DatabaseFaults.outageSeenWithin(outagePause) || !rereading.add(key)) {
            return Optional.of(known.value);
        }
        try {
            return Optional.ofNullable(read(key));
        } catch (RuntimeException e) {
            if (!DatabaseFaults.isUnavailable(e)) {
                throw e;
            }
            DatabaseFaults.outageSeen();
            return Optional.of(known.value);
        } finally {
            rereading.remove(key);
        }
    }

    /** Something these views show changed here: every reader from now on reads again. */
    public void forgetAll() {
        generation.incrementAndGet();
    }

    private V read(K key) {
        long readFor = generation.get();
        V value = loader.apply(key);
        if (value == null) {
            kept.invalidate(key);
        } else {
            kept.put(key, new Kept<>(value, readFor, System.nanoTime()));
        }
        return value;
    }

    private void refresh(K key) {
        try {
            read(key);
        } catch (RuntimeException e) {
            if (DatabaseFaults.isUnavailable(e)) {
                DatabaseFaults.outageSeen();
            } else {
                LOG.warnf("%s: reading %s again failed, the last one read stays (%s)", name, key,
                        DatabaseFaults.rootMessage(e));
            }
        } finally {
            refreshing.remove(key);
        }
    }
}
