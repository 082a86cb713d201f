package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;

import fi.ohjaamo.prioritisation.fundingcall.FundingSelection.Line;

/** An application as a row of its call's page, in the order of the selection's ranking. */
record FundingRow(FundingApplication application, Line line) {

	static List<FundingRow> of(FundingSelection selection, List<FundingApplication> applications) {
		return selection.lines().stream()
			.map(line -> new FundingRow(applications.stream()
				.filter(a -> a.getId().equals(line.candidate().applicationId())).findFirst().orElseThrow(), line))
			.toList();
	}

}
