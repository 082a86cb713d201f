package fi.ohjaamo.registers;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the system cost in one year, in euros without VAT. */
@Embeddable
public record YearCost(@Column(name = "cost_year") int year, BigDecimal maintenance, BigDecimal licences) {

	public BigDecimal total() {
		return maintenance.add(licences);
	}

}
