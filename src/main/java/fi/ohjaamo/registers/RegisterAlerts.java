package fi.ohjaamo.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What IT management should act on now: support running out unaddressed, notice deadlines, systems nobody owns. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AlertProperties.class)
public class RegisterAlerts {

	/** A system whose product or platform support ends (or has ended) with no project replacing, upgrading or retiring it. */
	public record SupportEnding(UUID systemId, String name, LocalDate endsOn, boolean ended) {
	}

	/** A contract whose last day for giving notice is near. */
	public record NoticeDue(UUID contractId, String subject, String vendor, LocalDate deadline, LocalDate endsOn) {
	}

	public record Alerts(int supportMonths, int noticeDays, List<SupportEnding> supportEnding,
			List<NoticeDue> noticeDue, List<InformationSystem> withoutOwnerOrMainUser) {

		public boolean none() {
			return supportEnding.isEmpty() && noticeDue.isEmpty() && withoutOwnerOrMainUser.isEmpty();
		}

	}

	private final InformationSystems systems;

	private final Contracts contracts;

	private final ProjectLinks links;

	private final AlertProperties properties;

	private final Clock clock;

	RegisterAlerts(InformationSystems systems, Contracts contracts, ProjectLinks links, AlertProperties properties,
			Clock clock) {
		this.systems = systems;
		this.contracts = contracts;
		this.links = links;
		this.properties = properties;
		this.clock = clock;
	}

	public Alerts of(UUID organisationId) {
		var today = LocalDate.now(clock);
		var inUse = systems.of(organisationId).stream().filter(s -> s.getPhase() != Phase.RETIRED).toList();
		var addressed = links.addressed(organisationId);
		var supportLimit = today.plusMonths(properties.supportMonths());
		var ending = inUse.stream()
			.filter(s -> s.supportEnds() != null && !s.supportEnds().isAfter(supportLimit))
			.filter(s -> !addressed.contains(s.getId()))
			.map(s -> new SupportEnding(s.getId(), s.getName(), Objects.requireNonNull(s.supportEnds()),
					s.supportEnds().isBefore(today)))
			.sorted(Comparator.comparing(SupportEnding::endsOn))
			.toList();
		var noticeLimit = today.plusDays(properties.noticeDays());
		var notices = contracts.of(organisationId).stream()
			.filter(c -> c.noticeDeadline() != null && !c.noticeDeadline().isBefore(today)
					&& !c.noticeDeadline().isAfter(noticeLimit))
			.map(c -> new NoticeDue(c.getId(), c.getSubject(), contracts.vendorName(c.getVendorId()),
					Objects.requireNonNull(c.noticeDeadline()), Objects.requireNonNull(c.getEndsOn())))
			.sorted(Comparator.comparing(NoticeDue::deadline))
			.toList();
		var unowned = inUse.stream().filter(InformationSystem::lacksOwnerOrMainUser).toList();
		return new Alerts(properties.supportMonths(), properties.noticeDays(), ending, notices, unowned);
	}

}
