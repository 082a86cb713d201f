package fi.ohjaamo.registers.views;

import java.util.List;
import java.util.function.Predicate;

import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;

/**
 * How many of the organisation's systems have each question not answered yet (criticality, hosting, personal data,
 * use logging), so the list can say so rather than count an unknown as a no, and lead to those systems.
 *
 * @param systems the systems with at least one question not answered
 * @param fields each question with a system not answering it, in the form's order
 */
public record Unanswered(long systems, List<Field> fields) {

	/** A question by its field, which also names its filter, and how many systems have not answered it. */
	public record Field(String name, long count) {
	}

	static Unanswered of(List<InformationSystem> all) {
		var fields = List.of(field("criticality", all, s -> s.getCriticality() == Criticality.UNKNOWN),
				field("hosting", all, s -> s.getHosting() == Hosting.UNKNOWN),
				field("personalData", all, s -> s.getPersonalData() == Answer.UNKNOWN),
				field("useLogged", all, s -> s.getUseLogged() == Answer.UNKNOWN));
		return new Unanswered(all.stream().filter(InformationSystem::hasUnanswered).count(),
				fields.stream().filter(f -> f.count() > 0).toList());
	}

	private static Field field(String name, List<InformationSystem> all, Predicate<InformationSystem> unanswered) {
		return new Field(name, all.stream().filter(unanswered).count());
	}

}
