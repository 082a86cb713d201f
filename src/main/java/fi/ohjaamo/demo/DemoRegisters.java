package fi.ohjaamo.demo;

import java.time.Clock;
import java.time.LocalDate;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.PortfolioCards;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.Vendors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's information-system register: about forty systems of a Finnish town's application list
 * (function, system, vendor), their integrations, vendors and contracts, a few years of costs and assessments, and
 * the demo projects that change them. Old server platforms are there too, one of them with no project addressing
 * it, so that IT management's home page has something to say.
 */
@Component
@Order(17)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoRegisters implements ApplicationRunner {

	private final Organisations organisations;

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final ProjectLinks links;

	private final PortfolioCards cards;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoRegisters(Organisations organisations, InformationSystems systems, Vendors vendors, Contracts contracts,
			ProjectLinks links, PortfolioCards cards, Clock clock, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.links = links;
		this.cards = cards;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !systems.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		var org = municipality.get().getId();
		transaction.executeWithoutResult(status -> new DemoRegisterWriter(org, organisations.unitsOf(org),
				organisations.peopleOf(org), systems,
				vendors, contracts, links, cards, LocalDate.now(clock)).load());
	}

}
