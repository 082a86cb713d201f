package fi.ohjaamo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's tables are its own (docs/adr/0007-modules-read-each-others-data-through-their-api.md): no SQL or JPQL in
 * one module's code names another module's table or entity. A table belongs to the module whose migrations create it
 * ({@code db/migration/<module>/}), an entity to the module of its package.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/fi/ohjaamo");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Map<String, String> TABLES = tableOwners();

	private static final Map<String, String> ENTITIES = entityOwners();

	@Test
	void noModuleNamesAnotherModulesTableOrEntity() {
		var trespasses = new ArrayList<String>();
		var named = new TreeMap<String, Set<String>>();
		for (Path file : javaFiles()) {
			String module = SOURCES.relativize(file).getName(0).toString();
			for (String statement : JavaStrings.in(read(file))) {
				if (!SqlNames.isStatement(statement)) {
					continue;
				}
				var names = SqlNames.namedIn(statement);
				named.computeIfAbsent(module, m -> new TreeSet<>()).addAll(names);
				var foreign = othersIn(module, names);
				if (!foreign.isEmpty()) {
					trespasses.add(file + " names " + String.join(", ", foreign) + " in: "
							+ statement.strip().replaceAll("\\s+", " "));
				}
			}
		}
		assertThat(named.get("portfolio")).as("the scan reads the portfolio's own statements")
			.contains("project", "project_cost", "project_resource");
		assertThat(named.get("prioritisation")).as("the scan reads JPQL too").contains("project_score", "Criterion");
		assertThat(trespasses).as("read another module's data through its API, never its tables "
				+ "(docs/adr/0007-modules-read-each-others-data-through-their-api.md)").isEmpty();
	}

	@Test
	void everyEntityMapsOnlyTablesItsModuleCreates() {
		var strays = new ArrayList<String>();
		for (var entity : entityClasses()) {
			String module = moduleOf(entity);
			for (String table : tablesOf(entity)) {
				if (!module.equals(TABLES.get(table))) {
					strays.add(entity.getName() + " maps " + table + ", created by " + TABLES.get(table));
				}
			}
		}
		assertThat(ENTITIES).containsEntry("Project", "portfolio").containsEntry("Criterion", "prioritisation");
		assertThat(strays).isEmpty();
	}

	@Test
	void findsTheNamesWhereverAStatementNamesThem() {
		String source = """
				class Example {
					private static final String PROJECTS = \"""
							select p.id, extract(year from p.created_at) from project p, project_cost c
							left join "capacity" k on k.id = p.id
							where p.id in (select s.project_id from project_score s)
							\""";
					void run() {
						log.info("Generating projects, starting from project {}", 1); // not a statement
						jdbc.sql("insert into audit_entry (id) " // a note between the parts
								+ "values (:id)");
						jdbc.sql(GIVEN + "join funding_application a on a.id = s.application_id");
					}
					@Query("update ActionPlan p set p.copiedFrom = null where p.copiedFrom = ?1")
					void forget();
				}
				""";
		var named = JavaStrings.in(source)
			.stream()
			.filter(SqlNames::isStatement)
			.flatMap(statement -> SqlNames.namedIn(statement).stream());
		assertThat(named).containsExactly("project", "project_cost", "capacity", "project_score", "audit_entry",
				"funding_application", "ActionPlan");
		assertThat(ownerOf("ActionPlan")).isEqualTo("actionplan");
		assertThat(ownerOf("PROJECT")).isEqualTo("portfolio");
	}

	/** The names that belong to another module, each with its owner. */
	private static Set<String> othersIn(String module, List<String> names) {
		var others = new TreeSet<String>();
		for (String name : names) {
			String owner = ownerOf(name);
			if (owner != null && !owner.equals(module)) {
				others.add(name + " (" + owner + ")");
			}
		}
		return others;
	}

	/** A table's owner whatever the case it is written in; an entity's by its exact name, as JPQL names it. */
	private static @Nullable String ownerOf(String name) {
		String owner = TABLES.get(name.toLowerCase(Locale.ROOT));
		return owner != null ? owner : ENTITIES.get(name);
	}

	/** Every table, by the module whose migrations create it; a table created by two modules is an error. */
	private static Map<String, String> tableOwners() {
		var owners = new HashMap<String, String>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String module = MIGRATIONS.relativize(file).getName(0).toString();
				CREATE_TABLE.matcher(read(file)).results().map(m -> m.group(1).toLowerCase(Locale.ROOT))
					.forEach(table -> {
						String earlier = owners.put(table, module);
						if (earlier != null && !earlier.equals(module)) {
							throw new IllegalStateException(table + " is created by both " + earlier + " and " + module);
						}
					});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return owners;
	}

	private static Map<String, String> entityOwners() {
		var owners = new HashMap<String, String>();
		for (var entity : entityClasses()) {
			String name = entity.getAnnotation(Entity.class).name();
			owners.put(name.isEmpty() ? entity.getSimpleName() : name, moduleOf(entity));
		}
		return owners;
	}

	private static List<Class<?>> entityClasses() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		return scanner.findCandidateComponents("fi.ohjaamo")
			.stream()
			.<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
			.toList();
	}

	/** The entity's own table and the tables of its element collections and join tables. */
	private static List<String> tablesOf(Class<?> entity) {
		var tables = new ArrayList<String>();
		Table table = entity.getAnnotation(Table.class);
		tables.add(table == null ? entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2") : table.name());
		for (Field field : entity.getDeclaredFields()) {
			if (field.isAnnotationPresent(CollectionTable.class)) {
				tables.add(field.getAnnotation(CollectionTable.class).name());
			}
			if (field.isAnnotationPresent(JoinTable.class)) {
				tables.add(field.getAnnotation(JoinTable.class).name());
			}
		}
		return tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
	}

	private static String moduleOf(Class<?> type) {
		return type.getPackageName().replaceFirst("^fi\\.ohjaamo\\.", "").replaceFirst("\\..*", "");
	}

	/** The main code of the modules; the application class and the root package-info belong to none. */
	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
