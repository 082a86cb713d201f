package fi.ohjaamo.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.strategy.strategies.Strategy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StrategyTests {

	private final Strategy strategy = new Strategy(UUID.randomUUID(), "Strategia", 2024, 2027);

	@Test
	void rejectsEndBeforeStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> strategy.revise("Strategia", 2027, 2024, "", "", List.of()));
		assertThat(strategy.getEndYear()).isEqualTo(2027);
	}

	@Test
	void keepsPrinciplesAndPoliciesInTheirOwnOrder() {
		strategy.revise("Strategia", 2024, 2027, "", "",
				List.of(new StrategyLine(StrategyLineKind.POLICY, "Linjaus 1"),
						new StrategyLine(StrategyLineKind.PRINCIPLE, "Periaate 1"),
						new StrategyLine(StrategyLineKind.POLICY, "Linjaus 2")));
		assertThat(strategy.linesOf(StrategyLineKind.POLICY)).containsExactly("Linjaus 1", "Linjaus 2");
		assertThat(strategy.linesOf(StrategyLineKind.PRINCIPLE)).containsExactly("Periaate 1");
	}

	@Test
	void approvingRecordsTheDecisionAndArchivingEndsBeingCurrent() {
		strategy.approve(new Approval("Kaupunginhallitus", LocalDate.of(2024, 2, 12), "38", null, null), 1);
		strategy.makeCurrent();
		assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(strategy.getApproval().body()).isEqualTo("Kaupunginhallitus");
		strategy.archive();
		assertThat(strategy.isCurrent()).isFalse();
		assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.ARCHIVED);
	}

}
