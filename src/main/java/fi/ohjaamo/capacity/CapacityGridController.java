package fi.ohjaamo.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity grid: rows for IT and every service area, a column per quarter of the chosen years. A value that
 * is not a number or is below zero is shown next to its cell with the typed text kept; a save based on an older
 * grid is merged with the other person's save cell by cell.
 */
@Controller
class CapacityGridController {

	static final int MAX_YEARS = 4;

	private final CapacityGrid grid;

	private final Organisations organisations;

	private final Clock clock;

	private final EditMerge merges;

	CapacityGridController(CapacityGrid grid, Organisations organisations, Clock clock, EditMerge merges) {
		this.grid = grid;
		this.organisations = organisations;
		this.clock = clock;
		this.merges = merges;
	}

	@GetMapping("/projects/capacity/edit")
	String edit(CurrentUser user, @RequestParam(name = "from", required = false) @Nullable Integer from,
			@RequestParam(name = "to", required = false) @Nullable Integer to, Model model) {
		CapacityPermissions.requireKeeper(user);
		var years = years(from, to);
		var form = CapacityForm.of(parties(user), years.quarters(), grid.state(user.organisationId()));
		merges.carry(model, form);
		return page(user, years, form, model);
	}

	@PostMapping("/projects/capacity/edit")
	String save(CurrentUser user, @RequestParam(name = "from", required = false) @Nullable Integer from,
			@RequestParam(name = "to", required = false) @Nullable Integer to,
			@Valid @ModelAttribute("capacityForm") CapacityForm posted, BindingResult bound, MergeInput merge,
			Model model) {
		CapacityPermissions.requireKeeper(user);
		var years = years(from, to);
		// The grid is merged cell by cell; its one version is the grid's, so a form without it is merely stale.
		return merges.begin(merge, "capacityForm", posted, CapacityForm.class, reading(user, years), model)
			.showing(bound, form -> page(user, years, form, model))
			.saving(form -> grid.save(user, form.version() == null ? -1 : form.version(), form.typed()))
			.stale(() -> new Theirs<>(
					CapacityForm.of(parties(user), years.quarters(), grid.state(user.organisationId()))))
			.then("redirect:/projects/capacity?from=" + years.from() + "&to=" + years.to() + "&saved");
	}

	/** Each cell named by its party and quarter, as the grid labels it; an empty cell is capacity not set. */
	private FieldReading reading(CurrentUser user, YearRange years) {
		var names = organisations.unitsOf(user.organisationId()).names();
		var reading = FieldReading.labelled("capacity.grid.");
		for (var party : parties(user)) {
			Object name = party.isIt() ? new DefaultMessageSourceResolvable("capacity.party.it")
					: names.getOrDefault(party.serviceAreaId(), "?");
			for (var quarter : years.quarters()) {
				String field = CapacityForm.fieldOf(party, quarter);
				reading.label(field, "capacity.grid.cellLabel", name, quarter.toString())
					.whenEmpty(field, "capacity.notSet");
			}
		}
		return reading;
	}

	private String page(CurrentUser user, YearRange years, CapacityForm form, Model model) {
		model.addAttribute("capacityForm", form);
		model.addAttribute("years", years);
		model.addAttribute("quarters", years.quarters());
		model.addAttribute("parties", parties(user));
		model.addAttribute("names", organisations.unitsOf(user.organisationId()).names());
		model.addAttribute("yearChoices", YearRange.choices(thisYear()));
		return "capacity/grid";
	}

	private List<Party> parties(CurrentUser user) {
		return Stream.concat(Stream.of(Party.IT), organisations.unitsOf(user.organisationId())
			.serviceAreas()
			.stream()
			.map(area -> Party.serviceArea(area.id()))).toList();
	}

	private YearRange years(@Nullable Integer from, @Nullable Integer to) {
		return YearRange.of(from, to, thisYear(), MAX_YEARS);
	}

	private int thisYear() {
		return LocalDate.now(clock).getYear();
	}

}
