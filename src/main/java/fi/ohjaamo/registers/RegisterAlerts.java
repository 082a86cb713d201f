package fi.ohjaamo.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What IT management should act on now: support running out unaddressed, notice deadlines, systems nobody owns. */
@Service
@Transactional(readOnly = true)
public class RegisterAlerts {

	/** A system whose product or platform support ends (or has ended) with no project replacing, upgrading or retiring it. */
	public record SupportEnding(UUID systemId, String name, LocalDate endsOn, boolean ended) {
	}

	/** A contract whose last day for giving notice is near. */
	public record NoticeDue(UUID contractId, String subject, String vendor, LocalDate deadline, LocalDate endsOn) {
	}

	/**
	 * The alerts within the organisation's limits, which say how far ahead they look. With no system in use the
	 * lists are empty because the register is, which the page must say rather than "all is well".
	 */
	public record Alerts(AlertLimits limits, List<SupportEnding> supportEnding, List<NoticeDue> noticeDue,
			List<InformationSystem> withoutOwnerOrMainUser, int systemsInUse) {

		public boolean emptyRegister() {
			return systemsInUse == 0;
		}

		public int supportMonths() {
			return limits.supportMonths();
		}

		public int noticeDays() {
			return limits.noticeDays();
		}

		public boolean none() {
			return supportEnding.isEmpty() && noticeDue.isEmpty() && withoutOwnerOrMainUser.isEmpty();
		}

	}

	private final InformationSystems systems;

	private final Contracts contracts;

	private final ProjectLinks links;

	private final RegisterSettings settings;

	private final Clock clock;

	RegisterAlerts(InformationSystems systems, Contracts contracts, ProjectLinks links, RegisterSettings settings,
			Clock clock) {
		this.systems = systems;
		this.contracts = contracts;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
	}

	public Alerts of(UUID organisationId) {
		var today = LocalDate.now(clock);
		var limits = settings.limitsOf(organisationId);
		var inUse = systems.of(organisationId).stream().filter(s -> s.getPhase() != Phase.RETIRED).toList();
		var addressed = links.addressed(organisationId);
		var supportLimit = today.plusMonths(limits.supportMonths());
		var ending = inUse.stream()
			.filter(s -> s.supportEnds() != null && !s.supportEnds().isAfter(supportLimit))
			.filter(s -> !addressed.contains(s.getId()))
			.map(s -> new SupportEnding(s.getId(), s.getName(), Objects.requireNonNull(s.supportEnds()),
					s.supportEnds().isBefore(today)))
			.sorted(Comparator.comparing(SupportEnding::endsOn))
			.toList();
		var noticeLimit = today.plusDays(limits.noticeDays());
		var notices = contracts.of(organisationId).stream()
			.filter(c -> c.noticeDeadline() != null && !c.noticeDeadline().isBefore(today)
					&& !c.noticeDeadline().isAfter(noticeLimit))
			.map(c -> new NoticeDue(c.getId(), c.getSubject(), contracts.vendorName(organisationId, c.getVendorId()),
					Objects.requireNonNull(c.noticeDeadline()), Objects.requireNonNull(c.getEndsOn())))
			.sorted(Comparator.comparing(NoticeDue::deadline))
			.toList();
		var unowned = inUse.stream().filter(InformationSystem::lacksOwnerOrMainUser).toList();
		return new Alerts(limits, ending, notices, unowned, inUse.size());
	}

}
