package fi.ohjaamo.keyfigures.web;

import java.util.UUID;

import fi.ohjaamo.keyfigures.FigureYear;
import fi.ohjaamo.keyfigures.KeyFigures;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.shared.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The key figures over the years: one table with every number, and the same numbers as charts. */
@Controller
class KeyFiguresController {

	private final KeyFigures keyFigures;

	private final InformationSystems systems;

	private final Formats formats;

	private final JsonMapper json;

	KeyFiguresController(KeyFigures keyFigures, InformationSystems systems, Formats formats, JsonMapper json) {
		this.keyFigures = keyFigures;
		this.systems = systems;
		this.formats = formats;
		this.json = json;
	}

	@GetMapping("/registers/key-figures")
	String list(CurrentUser user, Model model) {
		var years = keyFigures.of(user.organisationId());
		model.addAttribute("table", KeyFigureTable.of(years, formats));
		model.addAttribute("charts", KeyFigureCharts.of(years.stream().map(FigureYear::values).toList(), json));
		model.addAttribute("systemsInUse", systemsInUse(systems, user.organisationId()));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "keyfigures/key-figures";
	}

	/**
	 * The register's systems in use now, to hold against the applications entered: a system being phased out is still
	 * in use, one planned or being deployed not yet.
	 */
	static long systemsInUse(InformationSystems systems, UUID organisationId) {
		return systems.of(organisationId)
			.stream()
			.filter(s -> s.getPhase() == Phase.IN_USE || s.getPhase() == Phase.PHASING_OUT)
			.count();
	}

}
