package fi.ohjaamo.publication;

import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;

/** What a visitor narrows the public list by; every part is optional. */
public record PublicFilter(@Nullable Category category, @Nullable Status status, @Nullable UUID serviceArea,
		@Nullable Integer year) {

	public static PublicFilter none() {
		return new PublicFilter(null, null, null, null);
	}

	boolean accepts(PublicProject project, @Nullable UUID serviceAreaId) {
		return (category == null || category == project.category()) && (status == null || status == project.status())
				&& (serviceArea == null || serviceArea.equals(serviceAreaId))
				&& (year == null || project.runsIn(year));
	}

	public boolean isEmpty() {
		return category == null && status == null && serviceArea == null && year == null;
	}

}
