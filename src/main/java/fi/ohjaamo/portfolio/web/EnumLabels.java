package fi.ohjaamo.portfolio.web;

import org.springframework.stereotype.Component;

/**
 * The message key of an enum value: {@code portfolio.projectKind.LIFECYCLE_UPDATE}. Templates use it as
 * {@code #{${@enumLabels.key(value)}}}.
 */
@Component("enumLabels")
public class EnumLabels {

	public static String key(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		return "portfolio." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
	}

	public String of(Enum<?> value) {
		return key(value);
	}

}
