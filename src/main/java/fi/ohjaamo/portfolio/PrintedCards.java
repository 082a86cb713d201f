package fi.ohjaamo.portfolio;

import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.documents.Words;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import org.springframework.stereotype.Component;

/**
 * Gives a document the cards' fields as print shows them, with the names of the organisation's strategic goals the
 * cards serve, so a document that prints cards needs to know neither the card's fields nor the strategy.
 */
@Component
public class PrintedCards {

	private final StrategicGoals goals;

	PrintedCards(StrategicGoals goals) {
		this.goals = goals;
	}

	/** The fields of the organisation's cards in the document's language. */
	public CardFields fields(UUID organisationId, Words words) {
		return new CardFields(words,
				goals.of(organisationId).stream().collect(Collectors.toMap(GoalView::id, GoalView::name)));
	}

}
