package fi.ohjaamo.demo;

import java.util.ArrayList;
import java.util.List;

import fi.ohjaamo.organisation.OrganisationKind;

/**
 * The national dataset's other organisations: 308 municipalities and 21 wellbeing areas beside the city, sharing
 * {@code total} projects by size. Municipal populations in Finland fall steeply from the largest city to the
 * smallest (about 680,000 to 700 inhabitants, roughly as the rank to the power of -1.15), and an IT portfolio grows
 * more slowly than the population, so each organisation's share is its population to the power of 0.7, with at least
 * {@link #SMALLEST} projects. A wellbeing area serves 60,000 to 500,000 people with health and social services, whose
 * IT is heavier than a municipality's, so its population counts twice.
 */
final class DatasetCountry {

	static final int MUNICIPALITIES = 308;

	static final int WELLBEING_AREAS = 21;

	static final int SMALLEST = 20;

	private DatasetCountry() {
	}

	/** The organisations in the order they are generated, with their shares of {@code total} projects. */
	static List<DatasetOrganisation> organisations(int total, int revisions, long seed) {
		var weights = new ArrayList<Double>();
		var names = new ArrayList<String>();
		var kinds = new ArrayList<OrganisationKind>();
		for (int rank = 1; rank <= WELLBEING_AREAS; rank++) {
			double population = 500_000 * Math.pow(rank, -0.7);
			weights.add(Math.pow(2 * population, 0.7));
			names.add("Hyvinvointialue %02d (testiaineisto)".formatted(rank));
			kinds.add(OrganisationKind.WELLBEING_AREA);
		}
		for (int rank = 1; rank <= MUNICIPALITIES; rank++) {
			double population = 680_000 * Math.pow(rank, -1.15);
			weights.add(Math.pow(population, 0.7));
			names.add("Kunta %03d (testiaineisto)".formatted(rank));
			kinds.add(OrganisationKind.MUNICIPALITY);
		}
		double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
		var organisations = new ArrayList<DatasetOrganisation>();
		for (int i = 0; i < weights.size(); i++) {
			int projects = Math.max(SMALLEST, (int) Math.round(total * weights.get(i) / sum));
			String prefix = (kinds.get(i) == OrganisationKind.WELLBEING_AREA ? "hva" : "kunta") + "%03d-".formatted(i + 1);
			organisations.add(new DatasetOrganisation(names.get(i), kinds.get(i), prefix, "testiaineisto.example",
					projects, revisions, seed + 1_000_003L * (i + 1), false));
		}
		return organisations;
	}

}
