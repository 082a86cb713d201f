package fi.ohjaamo.actionplan.document;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.PlanContents;
import fi.ohjaamo.actionplan.PlanGroup;
import fi.ohjaamo.documents.Document;
import fi.ohjaamo.documents.DocumentBuilder;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.portfolio.CardFields;
import fi.ohjaamo.portfolio.PrintedCards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan laid out like the printed plans it replaces: a title page with the approval, the contents, the
 * numbered introduction chapters, then the numbered groups (category, service area, unit) and under them each
 * project with its card's fields in the template's order and wording. The plan's name runs at the top of the pages.
 */
@Component
class ActionPlanDocument {

	private final ActionPlans plans;

	private final PrintedCards cards;

	ActionPlanDocument(ActionPlans plans, PrintedCards cards) {
		this.plans = plans;
		this.cards = cards;
	}

	@Transactional(readOnly = true)
	Document of(UUID organisationId, UUID planId, String organisationName, Words words) {
		var contents = plans.contents(organisationId, planId, words.locale());
		var document = new DocumentBuilder(words.locale(), contents.title(), words.labels()).withTitlePage()
			.runningHeader(contents.title() + " – " + contents.period())
			.subtitle(organisationName)
			.subtitle(words.get("actionplan.plan.period") + ": " + contents.period());
		standing(contents, words).forEach(document::subtitle);
		for (var chapter : contents.introduction()) {
			document.heading(1, chapter.number(), chapter.heading()).paragraph(chapter.text());
		}
		var card = cards.fields(organisationId, words);
		contents.groups().forEach(group -> group(group, 1, card, document));
		return document.build();
	}

	/** A draft's status, or every decision of an approved plan's chain in order, the board's and then the council's. */
	private static List<String> standing(PlanContents contents, Words words) {
		if (contents.approvals().isEmpty()) {
			return List.of(words.of("actionplan.status", contents.status()));
		}
		return contents.approvals()
			.stream()
			.map(a -> words.get("documents.decision.approved", words.decision(a.body(), a.date(), a.section(),
					a.appendix(), a.diaryNumber(), a.link())))
			.toList();
	}

	private static void group(PlanGroup group, int level, CardFields card, DocumentBuilder document) {
		document.heading(level, group.number(), group.heading());
		for (var entry : group.entries()) {
			document.heading(level + 1, entry.number(), entry.card().title());
			document.paragraph(entry.card().description());
			document.add(card.of(entry.card()));
		}
		group.subgroups().forEach(subgroup -> group(subgroup, level + 1, card, document));
	}

}
