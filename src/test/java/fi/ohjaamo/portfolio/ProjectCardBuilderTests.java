package fi.ohjaamo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The builder is how code outside the card makes and changes one, so a field it forgot to copy would silently drop
 * what people wrote. Every component is given a value unlike the blank card's, in one of two cards (a card with goals
 * cannot also be marked as having no strategic goal), and must come back unchanged.
 */
class ProjectCardBuilderTests {

	private static final UUID SERVICE_AREA = UUID.fromString("17237b87-508c-4750-8ed7-61937706de7b");

	@Test
	void everyComponentSurvivesToBuilderAndBuild() {
		for (ProjectCard card : List.of(withGoals(), withoutStrategicGoal())) {
			assertThat(card.toBuilder().build()).isEqualTo(card);
		}
	}

	@Test
	void theSampleCardsSetEveryComponentAwayFromItsDefault() throws ReflectiveOperationException {
		var blank = ProjectCard.blank(null);
		for (RecordComponent component : ProjectCard.class.getRecordComponents()) {
			Object blankValue = component.getAccessor().invoke(blank);
			boolean changedSomewhere = false;
			for (ProjectCard card : List.of(withGoals(), withoutStrategicGoal())) {
				changedSomewhere |= !Objects.equals(component.getAccessor().invoke(card), blankValue);
			}
			assertThat(changedSomewhere).as(component.getName() + " is tested with a value of its own").isTrue();
		}
	}

	@Test
	void aBuilderStartedFromBlankBuildsTheBlankCard() {
		assertThat(ProjectCard.blank(SERVICE_AREA).toBuilder().build()).isEqualTo(ProjectCard.blank(SERVICE_AREA));
		assertThat(ProjectCard.blank(null).toBuilder().build()).isEqualTo(ProjectCard.blank(null));
	}

	@Test
	void blankHasTheTemplatesDefaults() {
		var blank = ProjectCard.blank(SERVICE_AREA);
		assertThat(blank.serviceAreaId()).isEqualTo(SERVICE_AREA);
		assertThat(Arrays.asList(blank.category(), blank.obligation(), blank.kind(), blank.status(), blank.visibility(),
				blank.likelihood(), blank.priority(), blank.scheduleOwner()))
			.containsExactly(Category.SERVICE_AREA, Obligation.SELECTED, ProjectKind.DEVELOPMENT, Status.PROPOSAL,
					Visibility.INTERNAL, Likelihood.LIKELY, Priority.MEDIUM, ScheduleOwner.BOTH);
		assertThat(blank.impacts()).containsOnly(ImpactPart.notAssessed());
		assertThat(Arrays.asList(blank.unitId(), blank.projectManagerId(), blank.worksiteId())).containsOnlyNulls();
		assertThat(List.of(blank.title(), blank.number(), blank.description(), blank.impactSummary(),
				blank.scheduleStart(), blank.scheduleEnd(), blank.scheduleNote(), blank.likelihoodNote(),
				blank.costNote(), blank.resourceNote()))
			.containsOnly("");
		assertThat(blank.goalIds()).isEmpty();
		assertThat(blank.noStrategicGoal()).isFalse();
		assertThat(blank.costs()).isEmpty();
		assertThat(blank.resources()).isEmpty();
	}

	@Test
	void theBuilderNormalisesAsTheCardDoes() {
		var card = ProjectCard.blank(SERVICE_AREA)
			.toBuilder()
			.title("  Nimi  ")
			.goalIds(List.of(SERVICE_AREA))
			.noStrategicGoal(true)
			.build();
		assertThat(card.title()).isEqualTo("Nimi");
		assertThat(card.goalIds()).isEmpty();
	}

	private static ProjectCard withGoals() {
		return ProjectCard.blank(SERVICE_AREA)
			.toBuilder()
			.title("Asianhallintajärjestelmän uusiminen")
			.number("3.1")
			.category(Category.CITY_WIDE)
			.unitId(UUID.fromString("ce7ae592-08de-41b8-9c2c-935658370dfc"))
			.obligation(Obligation.MANDATORY)
			.kind(ProjectKind.PROCUREMENT)
			.status(Status.APPROVED)
			.visibility(Visibility.PUBLIC)
			.projectManagerId(UUID.fromString("5f6e5b66-dc34-4271-afc8-b4fcde0f541f"))
			.description("Kuvaus")
			.impactSummary("Vaikutukset")
			.impactOrganisation(new ImpactPart(ImpactState.DESCRIBED, "organisaatio"))
			.impactSecurity(new ImpactPart(ImpactState.DESCRIBED, "tietoturva"))
			.impactData(new ImpactPart(ImpactState.NO_IMPACT, ""))
			.impactCaseManagement(new ImpactPart(ImpactState.DESCRIBED, "asianhallinta"))
			.goalIds(List.of(UUID.fromString("9da88f3f-50d2-42fd-92e6-29ea378752e1")))
			.scheduleStart("3/2027")
			.scheduleEnd("9/2028")
			.scheduleNote("Aikataulu")
			.likelihood(Likelihood.UNCERTAIN)
			.likelihoodNote("Toteutuminen")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(List.of(new CostLine(CostKind.ONE_OFF, 2027, null, new BigDecimal("150000"), null, false,
					Vat.EXCLUDED, "hankinta")))
			.costNote("Kustannukset")
			.resources(List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, new BigDecimal("30"), null,
					"asennus")))
			.resourceNote("Resurssit")
			.worksiteId(UUID.fromString("e2ba689d-4ad9-4f7c-a048-1c6b44a7d02c"))
			.build();
	}

	private static ProjectCard withoutStrategicGoal() {
		return withGoals().toBuilder().noStrategicGoal(true).build();
	}

}
