package fi.ohjaamo.actionplan;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.Category;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Names groups in the reader's language from the organisation's units; an approved plan's names are those kept at
 * approval, so a renamed unit does not change an approved plan.
 */
final class PlanNaming implements PlanOutline.Naming {

	private final MessageSource messages;

	private final Locale locale;

	private final UnitTree units;

	private final Map<String, String> frozen;

	PlanNaming(MessageSource messages, Locale locale, UnitTree units, Map<String, String> frozen) {
		this.messages = messages;
		this.locale = locale;
		this.units = units;
		this.frozen = frozen;
	}

	@Override
	public String category(Category category) {
		return message("actionplan.group.category." + category, null, category.name());
	}

	@Override
	public String serviceArea(UUID serviceAreaId) {
		var name = frozen.getOrDefault("S:" + serviceAreaId, units.nameOf(serviceAreaId));
		return message("actionplan.group.serviceArea", new Object[] { name }, name);
	}

	@Override
	public String unit(UUID unitId) {
		return frozen.getOrDefault("U:" + unitId, units.nameOf(unitId));
	}

	@Override
	public int serviceAreaOrder(UUID serviceAreaId) {
		return indexOf(serviceAreaId);
	}

	@Override
	public int unitOrder(UUID unitId) {
		return indexOf(unitId);
	}

	private String message(String code, Object @Nullable [] arguments, String fallback) {
		return Objects.requireNonNull(messages.getMessage(code, arguments, fallback, locale),
				"a message with a default");
	}

	private int indexOf(UUID id) {
		for (int i = 0; i < units.all().size(); i++) {
			if (units.all().get(i).id().equals(id)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

}
