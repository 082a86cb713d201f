package fi.ohjaamo.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. Every write publishes an audited event naming what it touched; after
 * the write commits, the module that owns that kind is asked for the item as it now is, and the index takes it (or
 * drops it). At start, in the background while people already work, an index that another version wrote is rebuilt
 * whole, and an organisation's kind whose count differs from the database's (a restored backup, say) is read again.
 */
@Component
class SearchIndexKeeper {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexKeeper.class);

	private final SearchIndex index;

	private final Map<String, SearchSource> sources;

	private final Organisations organisations;

	/** Items a write touched while a rebuild ran: the write's version wins over the rebuild's older read. */
	private final Set<String> touchedDuringRebuild = ConcurrentHashMap.newKeySet();

	private volatile boolean rebuilding;

	/** Off only where every context starts with its own index over a database others filled (the tests). */
	private final boolean catchUpAtStart;

	SearchIndexKeeper(SearchIndex index, List<SearchSource> sources, Organisations organisations,
			@Value("${ohjaamo.search.catch-up-at-start:true}") boolean catchUpAtStart) {
		this.index = index;
		this.catchUpAtStart = catchUpAtStart;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(SearchSource::kind, Function.identity()));
		this.organisations = organisations;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void follow(Auditable event) {
		var source = sources.get(event.objectType());
		var organisationId = event.organisationId();
		var id = uuid(event.objectId());
		if (source == null || organisationId == null || id == null) {
			return;
		}
		try {
			refresh(source, organisationId, id);
		}
		catch (RuntimeException ex) {
			// The write has committed; a search that misses it until the next check is better than an error page.
			log.error("Could not index {} {}", event.objectType(), id, ex);
		}
	}

	private synchronized void refresh(SearchSource source, UUID organisationId, UUID id) {
		if (rebuilding) {
			touchedDuringRebuild.add(source.kind() + ":" + id);
		}
		source.find(organisationId, id).ifPresentOrElse(index::put, () -> index.remove(source.kind(), id));
		index.publish();
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkAtStart() {
		if (!catchUpAtStart) {
			return;
		}
		Thread.ofPlatform().name("search-index-check").daemon().start(this::catchUp);
	}

	/** Reads again every organisation's kind that the index does not hold whole; answers how many were read. */
	int catchUp() {
		long started = System.nanoTime();
		boolean whole = !index.schemaCurrent();
		int read = 0;
		rebuilding = true;
		try {
			for (var organisation : organisations.all()) {
				for (var source : sources.values()) {
					if (whole || index.count(organisation.getId(), source.kind()) != source.count(organisation.getId())) {
						reread(organisation.getId(), source);
						read++;
					}
				}
			}
			synchronized (this) {
				index.commit();
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not bring the search index up to date", ex);
		}
		finally {
			rebuilding = false;
			touchedDuringRebuild.clear();
		}
		if (read > 0) {
			log.info("Search index: {} kinds of organisations' items read again in {} ms", read,
					(System.nanoTime() - started) / 1_000_000);
		}
		return read;
	}

	private void reread(UUID organisationId, SearchSource source) {
		var seen = new HashSet<UUID>();
		source.forEach(organisationId, item -> {
			seen.add(item.id());
			synchronized (this) {
				if (!touchedDuringRebuild.contains(item.kind() + ":" + item.id())) {
					index.put(item);
				}
			}
		});
		synchronized (this) {
			touchedDuringRebuild.stream()
				.filter(key -> key.startsWith(source.kind() + ":"))
				.map(key -> UUID.fromString(key.substring(source.kind().length() + 1)))
				.forEach(seen::add);
			index.keepOnly(organisationId, source.kind(), seen);
		}
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
