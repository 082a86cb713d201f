package fi.ohjaamo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The generated benchmark dataset; nothing is generated unless {@code projects} is set.
 * @param projects how many projects the organisation gets
 * @param revisions how many versions each project has, the first one included
 * @param password the password of every generated account
 * @param exit whether the application stops once the dataset is ready, making the run a one-shot command
 * @param seed the seed of the random choices: the same seed gives the same dataset
 * @param nationalProjects when above 0, the projects of the national dataset's 329 other organisations
 * ({@link DatasetCountry}), generated after the city
 * @param nationalRevisions the versions of each of those projects
 */
@ConfigurationProperties("ohjaamo.dataset")
record DatasetProperties(@DefaultValue("0") int projects, @DefaultValue("20") int revisions,
		@DefaultValue("ohjaamo-bench") String password, @DefaultValue("false") boolean exit,
		@DefaultValue("20261122") long seed, @DefaultValue("0") int nationalProjects,
		@DefaultValue("2") int nationalRevisions) {

	DatasetProperties {
		revisions = Math.max(1, revisions);
		nationalRevisions = Math.max(1, nationalRevisions);
	}

}
