package fi.ohjaamo.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One guiding principle or policy, in the order the strategy lists them. */
@Embeddable
public record StrategyLine(@Enumerated(EnumType.STRING) StrategyLineKind kind,
		@Column(name = "line_text") String text) {

}
