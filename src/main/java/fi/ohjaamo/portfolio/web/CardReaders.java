package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Revision;
import fi.ohjaamo.shared.web.FieldDiff;
import fi.ohjaamo.shared.web.Formats;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Worksites;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds {@link CardReader}s for an organisation and compares kept versions with them. */
@Component
class CardReaders {

	/** A kept version and what changed in it compared with the one before. */
	record HistoryLine(Revision revision, List<String> changedFields) {
	}

	private final MessageSource messages;

	private final Formats formats;

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Worksites worksites;

	CardReaders(MessageSource messages, Formats formats, Organisations organisations, StrategicGoals goals,
			Worksites worksites) {
		this.messages = messages;
		this.formats = formats;
		this.organisations = organisations;
		this.goals = goals;
		this.worksites = worksites;
	}

	CardReader forOrganisation(UUID organisationId) {
		return new CardReader(messages, formats, organisations.unitsOf(organisationId), goals.of(organisationId),
				organisations.peopleOf(organisationId), worksites.of(organisationId));
	}

	List<FieldDiff.Change> diff(CardReader reader, ProjectCard older, ProjectCard newer) {
		return FieldDiff.between(reader.read(older), reader.read(newer));
	}

	/** The history newest first, each version with the labels of the fields it changed. */
	List<HistoryLine> history(CardReader reader, List<Revision> newestFirst) {
		var lines = new ArrayList<HistoryLine>();
		for (int i = 0; i < newestFirst.size(); i++) {
			var revision = newestFirst.get(i);
			List<String> changed = i + 1 < newestFirst.size()
					? diff(reader, newestFirst.get(i + 1).card(), revision.card()).stream().map(FieldDiff.Change::label).toList()
					: List.of();
			lines.add(new HistoryLine(revision, changed));
		}
		return lines;
	}

}
