package fi.ohjaamo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The one search index of this Ohjaamo, kept on disk beside the embedded database (or in a directory of its own
 * beside PostgreSQL). A change is searchable before the write's response; it is made durable on disk within a
 * second, by one commit for all the changes of that second, so that a save does not wait for the disk twice.
 * {@link SearchIndexKeeper} reads again at start what the index misses.
 */
@Component
public class SearchIndex implements DisposableBean {

	/** Stored with every commit; an index written by another version of these fields is rebuilt. */
	static final String SCHEMA = "2";

	private static final String SCHEMA_KEY = "schema";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Analyzer analyzer = SearchFields.analyzer();

	private final SearchQuery queries = new SearchQuery(analyzer);

	private final Directory directory;

	private final @Nullable Path temporary;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final String storedSchema;

	/** Commits the changes of the last second, if any; the disk is written once however many saves came. */
	private final ScheduledExecutorService committer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-index-commit").daemon().factory());

	private final AtomicBoolean changed = new AtomicBoolean();

	/** Changes the searchers have not seen yet. */
	private final AtomicBoolean unseen = new AtomicBoolean();

	SearchIndex(@Value("${ohjaamo.search.index-dir:}") String indexDir) throws IOException {
		this.temporary = indexDir.isBlank() ? Files.createTempDirectory("ohjaamo-search") : null;
		Path path = temporary != null ? temporary : Path.of(indexDir);
		Files.createDirectories(path);
		this.directory = FSDirectory.open(path);
		this.storedSchema = schemaIn(directory);
		var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setCommitOnClose(true);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(writer, null);
		committer.scheduleWithFixedDelay(this::commitIfChanged, 1, 1, TimeUnit.SECONDS);
	}

	private static String schemaIn(Directory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return "";
		}
		try (var reader = DirectoryReader.open(directory)) {
			return Objects.requireNonNullElse(reader.getIndexCommit().getUserData().get(SCHEMA_KEY), "");
		}
	}

	/** False when the index on disk was written by other fields than these, or is new. */
	boolean schemaCurrent() {
		return SCHEMA.equals(storedSchema);
	}

	/** Adds the item, or replaces what the index had of it. */
	void put(Searchable item) {
		try {
			writer.updateDocument(idTerm(item.kind(), item.id()), document(item));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void remove(String kind, UUID id) {
		try {
			writer.deleteDocuments(new TermQuery(idTerm(kind, id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes every item of a kind in the organisation except those named, as a rebuild's last step. */
	void keepOnly(UUID organisationId, String kind, Collection<UUID> ids) {
		try {
			var searcher = searchers.acquire();
			try {
				var stale = new ArrayList<Term>();
				var all = ofKind(organisationId, kind);
				var stored = searcher.storedFields();
				// As many places as the kind has items there, not as the whole index has documents.
				for (var doc : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
					var id = UUID.fromString(stored.document(doc.doc).get(SearchFields.ID));
					if (!ids.contains(id)) {
						stale.add(idTerm(kind, id));
					}
				}
				writer.deleteDocuments(stale.stream().map(TermQuery::new).toArray(Query[]::new));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the changes so far visible to the next search, which reopens the index first; the disk has them within a
	 * second. Reopening at the next search rather than here keeps an import of thousands of rows from reopening the
	 * index thousands of times.
	 */
	void publish() {
		unseen.set(true);
		changed.set(true);
	}

	/** Makes the changes so far durable and visible to the next search, now. */
	void commit() {
		try {
			changed.set(false);
			writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void commitIfChanged() {
		if (changed.get()) {
			try {
				commit();
			}
			catch (RuntimeException ex) {
				changed.set(true);
				log.warn("Could not commit the search index; trying again in a second", ex);
			}
		}
	}

	/** How many items of a kind the index holds for the organisation. */
	long count(UUID organisationId, String kind) {
		return withSearcher(searcher -> (long) searcher.count(ofKind(organisationId, kind)));
	}

	private static Query ofKind(UUID organisationId, String kind) {
		return new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchFields.ORGANISATION, organisationId.toString())), Occur.FILTER)
			.add(new TermQuery(new Term(SearchFields.KIND, kind)), Occur.FILTER)
			.build();
	}

	/**
	 * The organisation's items of the given kinds (all kinds when none are given) that match every word of the
	 * text, the best first.
	 */
	public SearchResults search(UUID organisationId, Collection<String> kinds, String text, int limit) {
		var query = queries.of(organisationId, kinds, text);
		if (query == null) {
			return SearchResults.NONE;
		}
		return withSearcher(searcher -> {
			var top = searcher.search(query, Math.max(1, limit));
			var passages = new Passages(analyzer, query);
			var stored = searcher.storedFields();
			var hits = new ArrayList<SearchHit>();
			for (var doc : top.scoreDocs) {
				var found = stored.document(doc.doc);
				hits.add(new SearchHit(found.get(SearchFields.KIND), UUID.fromString(found.get(SearchFields.ID)),
						found.get(SearchFields.TITLE), found.get(SearchFields.PATH),
						passages.of(Objects.requireNonNullElse(found.get(SearchFields.TEXT), ""))));
			}
			// Above a thousand hits Lucene stops counting and gives a lower bound; people are told the real number,
			// which counting the organisation's matches gives at a cost bounded by the organisation's size.
			long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
					: searcher.count(query);
			return new SearchResults(hits, total);
		});
	}

	/**
	 * The ids of the organisation's items of one kind that match the text: the best {@code limit} of them, in the
	 * index's order, for a list that sorts them by its own order.
	 */
	public List<UUID> ids(UUID organisationId, String kind, String text, int limit) {
		var query = queries.of(organisationId, List.of(kind), text);
		if (query == null) {
			return List.of();
		}
		return withSearcher(searcher -> {
			// Doc values are read forwards only, so the hits are visited in the index's order.
			int[] docs = Arrays.stream(searcher.search(query, Math.max(1, limit)).scoreDocs)
				.mapToInt(hit -> hit.doc)
				.sorted()
				.toArray();
			var leaves = searcher.getIndexReader().leaves();
			var ids = new ArrayList<UUID>(docs.length);
			int leafIndex = -1;
			LeafReaderContext leaf = null;
			SortedDocValues values = null;
			for (int doc : docs) {
				int index = ReaderUtil.subIndex(doc, leaves);
				if (index != leafIndex || leaf == null || values == null) {
					leafIndex = index;
					leaf = leaves.get(index);
					values = DocValues.getSorted(leaf.reader(), SearchFields.ID);
				}
				if (values.advanceExact(doc - leaf.docBase)) {
					ids.add(UUID.fromString(values.lookupOrd(values.ordValue()).utf8ToString()));
				}
			}
			return ids;
		});
	}

	private interface SearcherWork<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

	private <T> T withSearcher(SearcherWork<T> work) {
		try {
			if (unseen.getAndSet(false)) {
				searchers.maybeRefreshBlocking();
			}
			var searcher = searchers.acquire();
			try {
				return work.run(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Term idTerm(String kind, UUID id) {
		return new Term(SearchFields.KEY, kind + ":" + id);
	}

	private static Document document(Searchable item) {
		var doc = new Document();
		doc.add(new StringField(SearchFields.KEY, item.kind() + ":" + item.id(), Field.Store.NO));
		doc.add(new StoredField(SearchFields.ID, item.id().toString()));
		// Also as a doc value: reading thousands of ids from stored fields decompresses a block of other documents'
		// long texts for each, which in a national index made a common word's list four times slower.
		doc.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(item.id().toString())));
		doc.add(new StringField(SearchFields.KIND, item.kind(), Field.Store.YES));
		doc.add(new StringField(SearchFields.ORGANISATION, item.organisationId().toString(), Field.Store.NO));
		doc.add(new StoredField(SearchFields.TITLE, item.title()));
		doc.add(new StoredField(SearchFields.TEXT, item.text()));
		doc.add(new StoredField(SearchFields.PATH, item.path()));
		for (var reading : SearchFields.READINGS) {
			doc.add(new TextField(reading.title(), item.title(), Field.Store.NO));
			doc.add(new TextField(reading.text(), item.text(), Field.Store.NO));
		}
		return doc;
	}

	@Override
	public void destroy() throws IOException {
		committer.shutdown();
		searchers.close();
		writer.close();
		directory.close();
		if (temporary != null) {
			FileSystemUtils.deleteRecursively(temporary);
		}
	}

}
