package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;

/** The ranking limited to one service area or one status; empty shows every open project. */
public record RankingFilter(@Nullable UUID serviceArea, @Nullable Status status) {

	public static final RankingFilter ALL = new RankingFilter(null, null);

}
