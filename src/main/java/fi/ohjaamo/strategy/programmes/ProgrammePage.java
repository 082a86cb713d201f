package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The programme page's model: the programme, the strategy it carries out and its tree. Both the page itself and
 * an add-theme form that comes back with errors render it, the latter keeping what was typed.
 */
@Component
class ProgrammePage {

	private final Programmes programmes;

	private final Strategies strategies;

	private final ProgrammeTree tree;

	ProgrammePage(Programmes programmes, Strategies strategies, ProgrammeTree tree) {
		this.programmes = programmes;
		this.strategies = strategies;
		this.tree = tree;
	}

	String render(CurrentUser user, UUID programmeId, SpearheadThemeForm themeForm, Model model) {
		var programme = programmes.get(user.organisationId(), programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("strategy", programme.getStrategyId() == null ? null
				: strategies.get(user.organisationId(), programme.getStrategyId()));
		model.addAttribute("tree", tree.of(user.organisationId(), programmeId));
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		model.addAttribute("spearheadThemeForm", themeForm);
		return "strategy/programme";
	}

}
