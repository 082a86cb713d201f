package fi.ohjaamo.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People are told how many items were found, however many: above a thousand hits Lucene would only say "at least
 * 1,000", and a search that finds 1,500 projects must not say 1,000.
 */
class SearchIndexCountTests {

	private final SearchIndex index = newIndex();

	@AfterEach
	void close() throws Exception {
		index.destroy();
	}

	@Test
	void aSearchWithMoreThanAThousandHitsTellsTheirExactNumberAndShowsTheBestFew() {
		UUID organisation = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		var mine = new java.util.HashSet<UUID>();
		for (int i = 1; i <= 1_500; i++) {
			UUID id = UUID.randomUUID();
			mine.add(id);
			index.put(new Searchable("project", id, organisation, "Hanke " + i,
					"Järjestelmän uusiminen, vaihe " + i, "/projects/" + i));
			if (i % 700 == 0) {
				// Several segments, as a long-lived index has: the ids are read across them.
				index.commit();
			}
		}
		for (int i = 1; i <= 300; i++) {
			index.put(new Searchable("project", UUID.randomUUID(), other, "Toisen hanke " + i,
					"Järjestelmien yhdistäminen", "/projects/o" + i));
		}
		index.publish();

		var results = index.search(organisation, List.of("project"), "järjestelmä", 50);
		assertThat(results.total()).isEqualTo(1_500);
		assertThat(results.hits()).hasSize(50);
		assertThat(index.search(other, List.of("project"), "järjestelmä", 50).total()).isEqualTo(300);
		// A list narrowed by the words gets the ids of every match, and only its own organisation's.
		assertThat(index.ids(organisation, "project", "järjestelmä", 5_000)).hasSize(1_500)
			.containsExactlyInAnyOrderElementsOf(mine);
		assertThat(index.ids(organisation, "project", "järjestelmä", 100)).hasSize(100).isSubsetOf(mine);
	}

	private static SearchIndex newIndex() {
		try {
			return new SearchIndex("");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
