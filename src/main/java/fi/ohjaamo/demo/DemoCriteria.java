package fi.ohjaamo.demo;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Criterion;
import fi.ohjaamo.prioritisation.CriterionDefinition;

/**
 * Five prioritisation criteria in our own words, after the kinds a municipal IT steering group agrees on: strategic
 * fit, operational benefit, legal obligation, risk reduction and urgency, weighing 100 % together.
 */
final class DemoCriteria {

	private DemoCriteria() {
	}

	static List<Criterion> addTo(Criteria criteria, UUID organisationId) {
		return List.of(
				criteria.add(organisationId, new CriterionDefinition("Strateginen sopivuus",
						"Kuinka suoraan projekti edistää tietohallintostrategian tavoitteita.", 30, 0,
						List.of("Ei liity strategian tavoitteisiin", "Tukee välillisesti yhtä tavoitetta",
								"Edistää suoraan yhtä tavoitetta",
								"Edistää suoraan useaa tavoitetta tai on tavoitteen edellytys"),
						true)),
				criteria.add(organisationId, new CriterionDefinition("Toiminnan tehostuminen",
						"Säästetty työaika, sujuvammat prosessit ja paremmat palvelut kuntalaisille.", 25, 0,
						List.of("Ei mitattavaa hyötyä", "Säästää vähän työaikaa yhdessä yksikössä",
								"Säästää selvästi työaikaa tai kuluja useassa yksikössä",
								"Muuttaa koko palveluprosessin ja vapauttaa henkilötyövuosia"),
						true)),
				criteria.add(organisationId, new CriterionDefinition("Lakisääteinen velvoite",
						"Laki, asetus tai sopimus, joka edellyttää muutosta, ja kuinka pian.", 15, 0,
						List.of("Ei velvoitetta", "Suositus tai tuleva velvoite",
								"Velvoite on voimassa, määräaika yli vuoden päästä",
								"Velvoite on voimassa, määräaika alle vuoden päästä"),
						true)),
				criteria.add(organisationId, new CriterionDefinition("Riskien pienentäminen",
						"Tietoturva-, jatkuvuus- ja elinkaaririskit, jotka projekti pienentää.", 15, 1,
						List.of("Ei vaikutusta riskeihin", "Pienentää vähäistä riskiä",
								"Pienentää merkittävää riskiä yhdessä järjestelmässä",
								"Pienentää merkittävää tietoturva- tai jatkuvuusriskiä",
								"Poistaa kriittisen riskin, esim. toimittajan tuki päättyy"),
						true)),
				criteria.add(organisationId, new CriterionDefinition("Kiireellisyys",
						"Mitä seuraa, jos projekti siirtyy myöhemmäksi.", 15, 0,
						List.of("Voi odottaa yli kaksi vuotta", "Toteutettava kahden vuoden kuluessa",
								"Toteutettava vuoden kuluessa", "Toteutettava heti; viivästys aiheuttaa haittaa"),
						true)));
	}

	/** Levels for a project, steady for the same project and evaluator so that reloads give the same ranking. */
	static java.util.Map<UUID, Integer> levels(List<Criterion> criteria, String projectKey, int evaluator) {
		var levels = new java.util.HashMap<UUID, Integer>();
		int i = 0;
		for (var criterion : criteria) {
			int span = criterion.getScaleEnd() - criterion.getScaleStart() + 1;
			int spread = Math.floorMod((projectKey + "/" + i).hashCode() + (evaluator * (i + 1) % 2), span);
			levels.put(criterion.getId(), criterion.getScaleStart() + spread);
			i++;
		}
		return levels;
	}

}
