package fi.ohjaamo.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a card is kept out of the public pages and open data (ADR 0013): it is not marked public, or it is an idea,
 * which nobody has committed to yet. The one rule for the published portfolio, a published plan and the warning
 * before a plan is approved.
 */
public enum NotPublishedReason {

	INTERNAL, IDEA;

	/** Every reason that keeps the card unpublished; empty when it may be published. */
	public static Set<NotPublishedReason> of(ProjectCard card) {
		var reasons = EnumSet.noneOf(NotPublishedReason.class);
		if (card.visibility() != Visibility.PUBLIC) {
			reasons.add(INTERNAL);
		}
		if (card.status() != null && !mayPublish(card.status())) {
			reasons.add(IDEA);
		}
		return reasons;
	}

	public static boolean publishes(ProjectCard card) {
		return of(card).isEmpty();
	}

	/** Whether a card in this status may be published once it is marked public. */
	public static boolean mayPublish(Status status) {
		return status != Status.IDEA;
	}

}
