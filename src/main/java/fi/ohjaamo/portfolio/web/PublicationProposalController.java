package fi.ohjaamo.portfolio.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.PublicationProposals;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** IT management's decisions on making cards public: the proposals waiting, publishing a card, declining. */
@Controller
class PublicationProposalController {

	private final Projects projects;

	private final PublicationProposals proposals;

	PublicationProposalController(Projects projects, PublicationProposals proposals) {
		this.projects = projects;
		this.proposals = proposals;
	}

	@GetMapping("/projects/publication-proposals")
	String list(CurrentUser user, Model model) {
		requirePublisher(user);
		model.addAttribute("proposals", proposals.pending(user.organisationId()));
		return "portfolio/publication-proposals";
	}

	@PostMapping("/projects/{id}/publication")
	String publish(CurrentUser user, @PathVariable UUID id) {
		requirePublisher(user);
		projects.publish(user, id);
		return "redirect:/projects/" + id + "?published";
	}

	@PostMapping("/projects/{id}/publication/decline")
	String decline(CurrentUser user, @PathVariable UUID id) {
		requirePublisher(user);
		projects.get(user.organisationId(), id);
		proposals.decline(user, id);
		return "redirect:/projects/publication-proposals?declined";
	}

	private void requirePublisher(CurrentUser user) {
		if (!projects.mayPublish(user)) {
			throw new AccessDeniedException("may not decide on publication");
		}
	}

}
