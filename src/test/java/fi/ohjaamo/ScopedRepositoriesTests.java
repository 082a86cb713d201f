package fi.ohjaamo;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.RepositoryDefinition;
import org.springframework.util.ClassUtils;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every repository reads only within one organisation (docs/adr/0003-organisation-scoping.md): it extends Spring
 * Data's bare {@link Repository}, so no inherited {@code findById}, {@code findAll} or {@code deleteById} can load
 * another organisation's record, and each of its finders, counts and deletes takes the organisation and uses it in the
 * query. The few reads that must cross organisations are named here with the reason; their names say so too.
 */
class ScopedRepositoriesTests {

	/** Repository methods that read across organisations, as {@code Repository.method}, each with why it must. */
	static final Map<String, String> ACROSS_ORGANISATIONS = Map.ofEntries(
			entry("LocalCredentialRepository.findForSignInByUsername",
					"signing in comes before any organisation is known"),
			entry("LocalCredentialRepository.existsAcrossOrganisationsByUsername",
					"a username is unique in the whole deployment, since signing in names no organisation"),
			entry("LocalCredentialRepository.countAcrossOrganisations",
					"the first administrator is created only while nobody at all can sign in"),
			entry("PersonRepository.findAcrossOrganisationsById",
					"a person may hold roles in several organisations and keeps the name after leaving one; the id "
							+ "comes from the signed-in account or from the organisation's own records"),
			entry("MembershipRepository.findAcrossOrganisationsByPersonId",
					"the signed-in person's roles in every organisation, to choose the organisation to work in"),
			entry("OrganisationRepository.findById", "the organisation itself: its id is the scope"),
			entry("OrganisationRepository.findByIdInOrderByName",
					"the organisations where the signed-in person holds a role, to choose between"),
			entry("OrganisationRepository.findFirstByNameOrderById",
					"demo and data loaders know their organisation only by name"),
			entry("OrganisationRepository.findAll",
					"every organisation gets a public address, and public pages list the organisations"),
			entry("OrganisationRepository.count", "demo data is loaded only into an empty deployment"),
			entry("PublicationSiteRepository.findAcrossOrganisationsBySlug",
					"an anonymous visitor names the organisation by its public address"),
			entry("PublicationSiteRepository.existsAcrossOrganisationsBySlug",
					"a public address is unique in the whole deployment"),
			entry("PublicationSiteRepository.findAllAcrossOrganisations",
					"the public front page lists every organisation's address"));

	/** The prefixes Spring Data derives reads, counts and deletes from. */
	private static final Pattern READ_OR_DELETE = Pattern
		.compile("^(find|read|get|query|search|stream|count|exists|delete|remove).*");

	private static final List<Class<?>> REPOSITORIES = repositories();

	@Test
	void theScanFindsTheRepositories() {
		assertThat(REPOSITORIES).extracting(Class::getSimpleName)
			.contains("ProjectRepository", "SwotItemRepository", "LocalCredentialRepository");
	}

	@Test
	void everyRepositoryExtendsOnlyTheBareRepository() {
		var broad = REPOSITORIES.stream()
			.filter(type -> !List.of(type.getInterfaces()).equals(List.of(Repository.class)))
			.map(type -> type.getSimpleName() + " extends "
					+ Arrays.stream(type.getInterfaces()).map(Class::getSimpleName).collect(Collectors.joining(", ")))
			.toList();
		assertThat(broad).as("extend the bare Repository and declare only the methods the module uses; "
				+ "CrudRepository and JpaRepository bring findById, findAll and deleteById, "
				+ "which ignore the organisation")
			.isEmpty();
	}

	@Test
	void everyReadCountAndDeleteTakesTheOrganisation() {
		var unscoped = new TreeSet<String>();
		for (Class<?> repository : REPOSITORIES) {
			Class<?> entity = entityOf(repository);
			for (Method method : repository.getMethods()) {
				String name = repository.getSimpleName() + "." + method.getName();
				if (readsOrDeletes(method, repository, entity) && !scoped(method)
						&& !ACROSS_ORGANISATIONS.containsKey(name)) {
					unscoped.add(name + Arrays.stream(method.getParameterTypes())
						.map(Class::getSimpleName)
						.collect(Collectors.joining(", ", "(", ")")));
				}
			}
		}
		assertThat(unscoped).as("find, count and delete only within the organisation (findByIdAndOrganisationId), "
				+ "or name a read that must cross organisations so and give the reason in ACROSS_ORGANISATIONS")
			.isEmpty();
	}

	@Test
	void everyNamedExceptionIsStillARepositoryMethod() {
		var declared = REPOSITORIES.stream()
			.flatMap(type -> Arrays.stream(type.getMethods()).map(m -> type.getSimpleName() + "." + m.getName()))
			.collect(Collectors.toSet());
		assertThat(declared).as("remove exceptions for methods that are gone")
			.containsAll(ACROSS_ORGANISATIONS.keySet());
	}

	@Test
	void tellsAScopedFinderFromAnUnscopedOne() throws NoSuchMethodException {
		Class<?> example = Example.class;
		assertThat(scoped(example.getMethod("findByIdAndOrganisationId", String.class, String.class))).isTrue();
		assertThat(scoped(example.getMethod("lastPlace", String.class))).isTrue();
		assertThat(scoped(example.getMethod("findById", String.class))).isFalse();
		assertThat(scoped(example.getMethod("findByIdAndStatus", String.class, String.class)))
			.as("a parameter named organisationId that the query does not use").isFalse();
		assertThat(scoped(example.getMethod("everything", String.class))).isFalse();
		assertThat(readsOrDeletes(example.getMethod("delete", Thing.class), example, Thing.class))
			.as("deleting an entity already loaded within the organisation").isFalse();
		assertThat(readsOrDeletes(example.getMethod("deleteAll", Iterable.class), example, Thing.class)).isFalse();
		assertThat(readsOrDeletes(example.getMethod("deleteById", String.class), example, Thing.class)).isTrue();
		assertThat(readsOrDeletes(example.getMethod("everything", String.class), example, Thing.class)).isTrue();
		assertThat(readsOrDeletes(example.getMethod("save", Thing.class), example, Thing.class)).isFalse();
	}

	interface Example {

		Object findByIdAndOrganisationId(String id, String organisationId);

		@Query("select max(c.sortOrder) from Criterion c where c.organisationId = ?1")
		int lastPlace(String organisationId);

		Object findById(String id);

		Object findByIdAndStatus(String id, String organisationId);

		@Query("select c from Criterion c")
		List<Object> everything(String organisationId);

		void delete(Thing entity);

		void deleteAll(Iterable<Thing> entities);

		void deleteById(String id);

		Thing save(Thing entity);

	}

	record Thing() {
	}

	/**
	 * A derived read, count or delete, or any written query; deleting entities (loaded within the organisation before)
	 * needs no organisation of its own.
	 */
	private static boolean readsOrDeletes(Method method, Class<?> repository, Class<?> entity) {
		boolean query = method.isAnnotationPresent(Query.class) || READ_OR_DELETE.matcher(method.getName()).matches();
		boolean onlyEntities = method.getParameterCount() > 0 && IntStream.range(0, method.getParameterCount())
			.mapToObj(i -> ResolvableType.forMethodParameter(method, i, repository))
			.allMatch(type -> isEntity(type, entity));
		return query && !onlyEntities;
	}

	private static Class<?> entityOf(Class<?> repository) {
		RepositoryDefinition definition = repository.getAnnotation(RepositoryDefinition.class);
		return definition != null ? definition.domainClass()
				: ResolvableType.forClass(repository).as(Repository.class).resolveGeneric(0);
	}

	private static boolean isEntity(ResolvableType type, Class<?> entity) {
		var elements = type.as(Iterable.class);
		return elements != ResolvableType.NONE ? isEntity(elements.getGeneric(0), entity)
				: entity.isAssignableFrom(type.toClass());
	}

	/** Takes the organisation as a parameter and uses it: in the derived name, or in the written query. */
	private static boolean scoped(Method method) {
		boolean takesIt = Arrays.stream(method.getParameters()).anyMatch(p -> p.getName().equals("organisationId"));
		Query query = method.getAnnotation(Query.class);
		String uses = query != null ? query.value() : method.getName();
		return takesIt && uses.contains(query != null ? "organisationId" : "OrganisationId");
	}

	/** The repository interfaces of the application's own code, not of its tests. */
	private static List<Class<?>> repositories() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(RepositoryDefinition.class));
		return scanner.findCandidateComponents("fi.ohjaamo")
			.stream()
			.<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
			.filter(type -> !type.getProtectionDomain()
				.getCodeSource()
				.getLocation()
				.getPath()
				.contains("test-classes"))
			.toList();
	}

}
