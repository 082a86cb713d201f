package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.IndicatorCadence;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorMeasurement;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.TargetBasis;
import fi.ohjaamo.strategy.TargetOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static fi.ohjaamo.strategy.IndicatorDirection.HIGHER_IS_BETTER;
import static fi.ohjaamo.strategy.IndicatorDirection.LOWER_IS_BETTER;

/**
 * Indicators of the demo municipality's goals, and one of a whole focus area, with baselines, targets for 2024–2027 and values measured
 * 2022–2026, some on track and some behind; added once, when the municipality exists and has none yet.
 */
@Component
@Order(13)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoIndicators implements ApplicationRunner {

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final FocusAreas focusAreas;

	private final Indicators indicators;

	private final TransactionTemplate transaction;

	DemoIndicators(Organisations organisations, StrategicGoals goals, FocusAreas focusAreas, Indicators indicators,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.indicators = indicators;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY).map(Organisation::getId);
		if (municipality.isEmpty() || indicators.any(municipality.get())) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(UUID org) {
		add(org, "Asukaspalvelujen digitalisointi", "Sähköisesti asioitavien palvelujen osuus", "%", HIGHER_IS_BETTER,
				"38", 2023, targets(HIGHER_IS_BETTER, "45", "55", "65", "75"), "Palvelukartta, vuosiraportti", "31", "38", "47", "53", "58");
		// A scale indicator: values off the scale 1–5 are refused.
		addDefined(org, "Asukaspalvelujen digitalisointi", goal -> new IndicatorDefinition(goal, null,
				"Asiakastyytyväisyys sähköiseen asiointiin (1–5)", "pistettä", HIGHER_IS_BETTER, new BigDecimal("3.4"), 2023,
				targets(HIGHER_IS_BETTER, "3.6", "3.8", "4.0", "4.2"), IndicatorCadence.YEARLY, BigDecimal.ONE,
				new BigDecimal("5"), ""), "Asukaskysely", "3.3", "3.4", "3.7", "3.7", "4.0");
		add(org, "Tietohallinnon palvelujen laadun", "Ensitasolla ratkaistujen palvelupyyntöjen osuus", "%",
				HIGHER_IS_BETTER, "58", 2023, targets(HIGHER_IS_BETTER, "62", "66", "70", "72"), "Palvelupyyntöjärjestelmän raportti", "55",
				"58", "63", "67", "71");
		add(org, "Tietohallinnon palvelujen laadun", "Palvelupyynnön keskimääräinen ratkaisuaika", "päivää",
				LOWER_IS_BETTER, "4.5", 2023, targets(LOWER_IS_BETTER, "4", "3.5", "3", "2.5"), "Palvelupyyntöjärjestelmän raportti", "5.2",
				"4.5", "3.8", "3.6", "3.1");
		// A target as a change from the baseline, as the strategy words it: 15 % fewer applications by 2026.
		addDefined(org, "Päällekkäisten järjestelmien vähentäminen", goal -> new IndicatorDefinition(goal, null,
				"Käytössä olevien sovellusten määrä", "kpl", LOWER_IS_BETTER, new BigDecimal("412"), 2023,
				List.of(change(2024, "-3"), change(2025, "-8"), change(2026, "-15"), change(2027, "-22")),
				IndicatorCadence.HALF_YEARLY, null, null, ""), "Sovellussalkku", "431", "412", "398", "371", "362");
		add(org, "Tietoturvan", "Tietoturvakoulutuksen suorittaneiden osuus henkilöstöstä", "%", HIGHER_IS_BETTER, "41",
				2023, targets(HIGHER_IS_BETTER, "60", "75", "85", "90"), "Oppimisympäristön raportti", "22", "41", "63", "72", "86");
		// One indicator measures a whole focus area rather than one of its goals.
		addToFocusArea(org, "Tieto johtamisen tukena", "Raportoinnin tietovarastoon liitettyjen järjestelmien määrä",
				"kpl", HIGHER_IS_BETTER, "6", 2023, targets(HIGHER_IS_BETTER, "9", "12", "15", "18"), "Tietovaraston ylläpitoraportti", "4",
				"6", "9", "11", "13");
	}

	private void addToFocusArea(UUID org, String areaName, String name, String unit, IndicatorDirection direction,
			String baseline, int baselineYear, List<IndicatorTarget> targets, String source, String... values) {
		focusAreas.named(org, areaName).ifPresent(area -> {
			UUID indicator = indicators.seed(org, new IndicatorDefinition(null, area, name, unit, direction,
					new BigDecimal(baseline), baselineYear, targets));
			measure(org, indicator, source, values);
		});
	}

	private static IndicatorTarget change(int year, String percent) {
		return new IndicatorTarget(year, 0, TargetBasis.CHANGE_PERCENT, TargetOperator.LE, new BigDecimal(percent), null);
	}

	private void addDefined(UUID org, String goalNameStart, Function<UUID, IndicatorDefinition> definition,
			String source, String... values) {
		goals.of(org).stream().filter(g -> g.name().startsWith(goalNameStart)).findFirst().ifPresent(goal -> {
			UUID indicator = indicators.seed(org, definition.apply(goal.id()));
			measure(org, indicator, source, values);
		});
	}

	private static List<IndicatorTarget> targets(IndicatorDirection direction, String... values) {
		return IntStream.range(0, values.length)
			.mapToObj(i -> IndicatorTarget.reaching(direction, 2024 + i, new BigDecimal(values[i])))
			.toList();
	}

	/** Values for 2022–2026: year-end figures, the last one from the spring of 2026. */
	private void add(UUID org, String goalNameStart, String name, String unit, IndicatorDirection direction,
			String baseline, int baselineYear, List<IndicatorTarget> targets, String source, String... values) {
		goals.of(org).stream().filter(g -> g.name().startsWith(goalNameStart)).findFirst().ifPresent(goal -> {
			UUID indicator = indicators.seed(org, new IndicatorDefinition(goal.id(), name, unit, direction,
					new BigDecimal(baseline), baselineYear, targets));
			measure(org, indicator, source, values);
		});
	}

	private void measure(UUID org, UUID indicatorId, String source, String... values) {
		for (int i = 0; i < values.length; i++) {
			int year = 2022 + i;
			var date = year == 2026 ? LocalDate.of(year, 4, 30) : LocalDate.of(year, 12, 31);
			indicators.measure(org, indicatorId, new IndicatorMeasurement(date, new BigDecimal(values[i]), source));
		}
	}

}
