package fi.ohjaamo.publication.web;

import java.util.Arrays;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.publication.PublicFilter;
import org.jspecify.annotations.Nullable;

/**
 * Reads the public list's filters from the address leniently: a value that is not one of the choices (a typo, an
 * old link) filters nothing instead of failing the page, because anyone on the internet types these addresses.
 */
final class FilterParameters {

	private FilterParameters() {
	}

	static PublicFilter of(@Nullable String category, @Nullable String status, @Nullable String serviceArea,
			@Nullable String year) {
		return new PublicFilter(enumOf(Category.class, category), enumOf(Status.class, status), uuidOf(serviceArea),
				yearOf(year));
	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	private static @Nullable UUID uuidOf(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Integer yearOf(@Nullable String value) {
		if (value == null || !value.matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(value);
		return year >= 1990 && year <= 2100 ? year : null;
	}

}
