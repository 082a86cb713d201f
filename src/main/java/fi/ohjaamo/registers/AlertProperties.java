package fi.ohjaamo.registers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far ahead the home page warns by default: of support ending within {@code supportMonths} months, and of
 * contract notice deadlines within {@code noticeDays} days. An organisation may set its own (RegisterSettings).
 */
@ConfigurationProperties("ohjaamo.registers.alerts")
public record AlertProperties(int supportMonths, int noticeDays) {
}
