package fi.ohjaamo;

import java.util.concurrent.atomic.AtomicBoolean;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * On a shared server database (PostgreSQL in CI) the suite starts from an empty schema: the first
 * context of the run cleans it, later contexts only migrate, so they don't wipe each other's data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnce {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate(Environment environment) {
		return (Flyway configured) -> {
			Flyway flyway = inOwnSchema(configured, environment.getProperty("ohjaamo.test.schema", ""));
			boolean clean = environment.getProperty("ohjaamo.test.clean-database", Boolean.class, false);
			if (clean && CLEANED.compareAndSet(false, true)) {
				Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
			}
			flyway.migrate();
		};
	}

	/**
	 * The suite's JVMs run side by side on one server database, each in a schema of its own (named in the connection's
	 * {@code currentSchema} and here), so that one JVM's cleaning never empties another's tables. Flyway creates the
	 * schema.
	 */
	private static Flyway inOwnSchema(Flyway flyway, String schema) {
		if (schema.isBlank()) {
			return flyway;
		}
		return Flyway.configure().configuration(flyway.getConfiguration()).schemas(schema).defaultSchema(schema).load();
	}

}
