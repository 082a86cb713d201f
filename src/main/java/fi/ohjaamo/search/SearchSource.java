package fi.ohjaamo.search;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a module offers to search: one kind of thing, read from the module's own tables. The index asks for one
 * item again after every audited write whose object type is {@link #kind()}, and for all of them when it is
 * rebuilt.
 */
public interface SearchSource {

	/** The audit log's object type of these items, such as {@code project}; also the kind shown in results. */
	String kind();

	/** The item as it is now, or empty when it no longer exists. */
	Optional<Searchable> find(UUID organisationId, UUID id);

	/** Every item of the organisation, handed over a page at a time so that no list of them all is held. */
	void forEach(UUID organisationId, Consumer<Searchable> sink);

	/** How many items the organisation has, to tell whether the index has missed any (a restored database, say). */
	long count(UUID organisationId);

}
