package fi.ohjaamo.actionplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ProjectCard;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping and numbering like seed plans: introduction first, then numbered groups with their projects. */
class PlanOutlineTests {

	private static final UUID ADMINISTRATION = UUID.randomUUID();

	private static final UUID EDUCATION = UUID.randomUUID();

	private static final UUID OFFICE = UUID.randomUUID();

	private static final UUID STAFF = UUID.randomUUID();

	private static final UUID EARLY_EDUCATION = UUID.randomUUID();

	private static final List<UUID> UNIT_ORDER = List.of(ADMINISTRATION, OFFICE, STAFF, EDUCATION, EARLY_EDUCATION);

	private static final Map<UUID, String> NAMES = Map.of(ADMINISTRATION, "hallintopalvelut", EDUCATION,
			"sivistyspalvelut", OFFICE, "Kaupunginkanslia", STAFF, "Henkilöstöhallinto", EARLY_EDUCATION,
			"Varhaiskasvatus");

	private static final PlanOutline.Naming NAMING = new PlanOutline.Naming() {

		public String category(Category category) {
			return category.name();
		}

		public String serviceArea(UUID id) {
			return "Palvelualakohtaiset kehityshankkeet, " + NAMES.get(id);
		}

		public String unit(UUID id) {
			return NAMES.get(id);
		}

		public int serviceAreaOrder(UUID id) {
			return UNIT_ORDER.indexOf(id);
		}

		public int unitOrder(UUID id) {
			return UNIT_ORDER.indexOf(id);
		}
	};

	private final List<PlanOutline.Placed> placed = new ArrayList<>();

	private final Map<String, Integer> ranks = new HashMap<>();

	@Test
	void numbersGroupsAfterTheIntroductionAndProjectsWithinThem() {
		place("Digitaalinen kasvun kansio", "", Category.SERVICE_AREA, EDUCATION, EARLY_EDUCATION);
		place("Teknisen tietoturvan jatkokehitys", "2.1", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("Sähköinen säilytysjärjestelmä", "", Category.SERVICE_AREA, ADMINISTRATION, OFFICE);
		place("Tietoliikenneverkot", "2.2", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("Työajan seuranta", "", Category.SERVICE_AREA, ADMINISTRATION, STAFF);

		var groups = PlanOutline.number(PlanOutline.tree(placed, ranks, NAMING), 1);

		assertThat(outline(groups)).containsExactly(
				"2 INFRASTRUCTURE",
				"  2.1 Teknisen tietoturvan jatkokehitys",
				"  2.2 Tietoliikenneverkot",
				"3 Palvelualakohtaiset kehityshankkeet, hallintopalvelut",
				"  3.1 Kaupunginkanslia",
				"    3.1.1 Sähköinen säilytysjärjestelmä",
				"  3.2 Henkilöstöhallinto",
				"    3.2.1 Työajan seuranta",
				"4 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut",
				"  4.1 Varhaiskasvatus",
				"    4.1.1 Digitaalinen kasvun kansio");
		assertThat(groups.get(1).level()).isEqualTo(GroupLevel.SERVICE_AREA);
		assertThat(groups.get(1).subgroups().get(0).level()).isEqualTo(GroupLevel.UNIT);
	}

	@Test
	void numbersTheIntroductionFromOne() {
		var chapters = PlanOutline.chapters(List.of(new Chapter("Sisällöstä", "Teksti"), new Chapter("Ryhmittely", "")));

		assertThat(chapters).extracting(PlanChapter::number).containsExactly("1", "2");
		assertThat(PlanOutline.number(PlanOutline.tree(placedOne(), ranks, NAMING), 2).get(0).number()).isEqualTo("3");
	}

	@Test
	void projectsOfAServiceAreaWithoutUnitComeBeforeItsUnitsAndNumberOn() {
		place("Koko palvelualueen hanke", "", Category.SERVICE_AREA, EDUCATION, null);
		place("Kasvun kansio", "", Category.SERVICE_AREA, EDUCATION, EARLY_EDUCATION);

		var groups = PlanOutline.number(PlanOutline.tree(placed, ranks, NAMING), 0);

		assertThat(outline(groups)).containsExactly(
				"1 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut",
				"  1.1 Koko palvelualueen hanke",
				"  1.2 Varhaiskasvatus",
				"    1.2.1 Kasvun kansio");
	}

	@Test
	void followsTheOrderTheOrganisationSetAndRenumbers() {
		place("A-hanke", "2.1", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("B-hanke", "2.2", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("Kasvun kansio", "", Category.SERVICE_AREA, EDUCATION, EARLY_EDUCATION);
		var tree = PlanOutline.tree(placed, ranks, NAMING);
		var b = "P:" + placed.get(1).projectId();

		var siblings = new ArrayList<>(PlanOutline.siblingsOf(tree, b).orElseThrow());
		siblings.add(0, siblings.remove(1));
		siblings.forEach(key -> ranks.put(key, siblings.indexOf(key)));
		ranks.put("S:" + EDUCATION, 0);
		ranks.put("C:INFRASTRUCTURE", 1);

		assertThat(outline(PlanOutline.number(PlanOutline.tree(placed, ranks, NAMING), 1))).containsExactly(
				"2 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut",
				"  2.1 Varhaiskasvatus",
				"    2.1.1 Kasvun kansio",
				"3 INFRASTRUCTURE",
				"  3.1 B-hanke",
				"  3.2 A-hanke");
	}

	@Test
	void ordersProjectsByTheirCardNumbersAsPeopleReadThem() {
		place("Kymmenes", "2.10", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("Toinen", "2.2", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("Numeroton", "", Category.INFRASTRUCTURE, ADMINISTRATION, null);

		assertThat(outline(PlanOutline.number(PlanOutline.tree(placed, ranks, NAMING), 0))).containsExactly(
				"1 INFRASTRUCTURE", "  1.1 Toinen", "  1.2 Kymmenes", "  1.3 Numeroton");
	}

	@Test
	void outlineLinesKnowTheirEnds() {
		place("A-hanke", "2.1", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		place("B-hanke", "2.2", Category.INFRASTRUCTURE, ADMINISTRATION, null);

		var lines = PlanOutline.lines(PlanOutline.tree(placed, ranks, NAMING), 1);

		assertThat(lines).extracting(l -> l.number() + " " + l.first() + " " + l.last())
			.containsExactly("2 true true", "2.1 true false", "2.2 false true");
	}

	private List<PlanOutline.Placed> placedOne() {
		place("A-hanke", "2.1", Category.INFRASTRUCTURE, ADMINISTRATION, null);
		return placed;
	}

	private void place(String title, String number, Category category, UUID serviceArea, @Nullable UUID unit) {
		var card = ProjectCard.blank(serviceArea)
			.toBuilder()
			.title(title)
			.number(number)
			.category(category)
			.unitId(unit)
			.noStrategicGoal(true)
			.build();
		placed.add(new PlanOutline.Placed(UUID.randomUUID(), 1, card));
	}

	private static List<String> outline(List<PlanGroup> groups) {
		var lines = new ArrayList<String>();
		groups.forEach(g -> outline(g, "", lines));
		return lines;
	}

	private static void outline(PlanGroup group, String indent, List<String> lines) {
		lines.add(indent + group.number() + " " + group.heading());
		group.entries().forEach(e -> lines.add(indent + "  " + e.number() + " " + e.card().title()));
		group.subgroups().forEach(s -> outline(s, indent + "  ", lines));
	}

}
