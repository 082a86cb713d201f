package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.UUID;

import fi.ohjaamo.prioritisation.fundingcall.FundingCallStatus;
import fi.ohjaamo.prioritisation.fundingcall.FundingCalls;
import fi.ohjaamo.prioritisation.fundingcall.FundingDecisions;
import fi.ohjaamo.prioritisation.fundingcall.FundingSelection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has a decided cross-sector funding call with five scored applications from different
 * service areas, in which one application was skipped for not fitting and a smaller one below it was granted, and
 * an open call with an application.
 */
@DemoTest
class DemoFundingCallsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FundingCalls calls;

	@Autowired
	FundingDecisions decisions;

	@Test
	void theDemoMunicipalityHasADecidedCallAndAnOpenOne() {
		UUID org = jdbc.sql("select id from organisation where name = :name").param("name", DemoData.MUNICIPALITY)
			.query(UUID.class).single();
		var all = calls.of(org);
		var decided = all.stream().filter(c -> c.getName().equals(DemoFundingCalls.DECIDED)).findFirst().orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(FundingCallStatus.DECIDED);
		assertThat(decided.getBudget()).isEqualByComparingTo("300000");
		assertThat(decided.result()).as("the demo shows who decided the results, with § and diary number")
			.satisfies(r -> {
				assertThat(r.body()).isEqualTo("Kaupunginhallitus");
				assertThat(r.section()).isEqualTo("§ 112");
				assertThat(r.diaryNumber()).isNotBlank();
			});

		var applications = calls.applications(org, decided.getId());
		assertThat(applications).hasSize(5);
		assertThat(applications.stream().map(a -> a.getServiceAreaId()).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(applications).allSatisfy(a -> assertThat(a.isDecided()).isTrue());

		var selection = decisions.selection(decided);
		assertThat(selection.lines()).allSatisfy(l -> assertThat(l.candidate().score()).isNotNull());
		assertThat(selection.lines()).extracting(FundingSelection.Line::reason)
			.containsExactly(FundingSelection.Reason.FITS, FundingSelection.Reason.FITS,
					FundingSelection.Reason.DOES_NOT_FIT, FundingSelection.Reason.FITS,
					FundingSelection.Reason.DOES_NOT_FIT);
		assertThat(selection.remainder()).isEqualByComparingTo("25000");
		assertThat(applications.stream().filter(a -> Boolean.TRUE.equals(a.getGranted())).count()).isEqualTo(3);

		var open = all.stream().filter(c -> c.getStatus() == FundingCallStatus.OPEN).findFirst().orElseThrow();
		assertThat(open.takesApplications()).isTrue();
		assertThat(calls.applications(org, open.getId())).hasSize(1);
	}

}
