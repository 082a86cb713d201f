package fi.ohjaamo.search;

import java.util.Comparator;
import java.util.List;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One search box over everything the organisation has written, the best matches first. */
@Controller
class SearchController {

	/** A page of results; a person who has not found it in fifty refines the words instead. */
	static final int PAGE = 50;

	/** Longer than any sensible query; the rest is cut rather than refused. */
	static final int MAX_QUERY = 200;

	private final SearchIndex index;

	private final List<String> kinds;

	SearchController(SearchIndex index, List<SearchSource> sources) {
		this.index = index;
		this.kinds = sources.stream().map(SearchSource::kind).sorted(Comparator.comparing(SearchKinds::order)).toList();
	}

	@GetMapping("/search")
	String search(CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String kind, Model model) {
		String words = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
		String chosen = kinds.contains(kind) ? kind : "";
		model.addAttribute("q", words);
		model.addAttribute("kind", chosen);
		model.addAttribute("kinds", kinds);
		model.addAttribute("results", words.isBlank() ? null
				: index.search(user.organisationId(), chosen.isEmpty() ? List.of() : List.of(chosen), words, PAGE));
		return "search/results";
	}

}
