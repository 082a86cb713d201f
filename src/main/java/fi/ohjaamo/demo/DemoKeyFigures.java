package fi.ohjaamo.demo;

import java.math.BigDecimal;

import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.KeyFigures;
import fi.ohjaamo.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's key figures for 2021–2025, of the size a town of some twenty thousand people reports: about
 * two thousand workstations and a hundred applications, more mobile and fewer fixed lines each year, servers
 * consolidated, a service desk solving more requests at first level, and IT costs near two per cent of the town's
 * costs. The town's total costs for 2025 are not known until the financial statements, so that share has a gap.
 */
@Component
@Order(18)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoKeyFigures implements ApplicationRunner {

	private final Organisations organisations;

	private final KeyFigures keyFigures;

	private final TransactionTemplate transaction;

	DemoKeyFigures(Organisations organisations, KeyFigures keyFigures, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.keyFigures = keyFigures;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !keyFigures.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		var org = municipality.get().getId();
		transaction.executeWithoutResult(status -> {
			keyFigures.add(org, year(2021, 1870, 96, 118, 410, 880, 14200, "76.5", "2310000", "124600000"));
			keyFigures.add(org, year(2022, 1925, 91, 112, 372, 915, 14950, "78", "2395000", "128900000"));
			keyFigures.add(org, year(2023, 1980, 86, 107, 341, 948, 15400, "80.5", "2480000", "131200000"));
			keyFigures.add(org, year(2024, 2040, 81, 103, 318, 972, 15100, "82", "2560000", "134800000"));
			keyFigures.add(org, year(2025, 2075, 78, 100, 296, 990, 14700, "83.5", "2640000", null));
		});
	}

	private static FigureValues year(int year, long workstations, long servers, long applications, long fixedLines,
			long mobileLines, long serviceRequests, String firstLevelShare, String itCosts, @Nullable String totalCosts) {
		return new FigureValues(year, workstations, servers, applications, fixedLines, mobileLines, serviceRequests,
				new BigDecimal(firstLevelShare), new BigDecimal(itCosts), totalCosts == null ? null : new BigDecimal(totalCosts));
	}

}
