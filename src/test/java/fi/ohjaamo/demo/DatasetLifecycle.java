package fi.ohjaamo.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;

/**
 * How a generated project's status moves through its versions: where it starts and at which revision
 * it takes each step, one {@link Status#reachable()} step at a time, so that the portfolio ends with a
 * realistic mix of statuses.
 */
record DatasetLifecycle(Status initial, Map<Integer, Status> steps, Status last) {

	private static final Status[] CHAIN = { Status.IDEA, Status.PROPOSAL, Status.ASSESSED, Status.APPROVED,
			Status.IN_PROGRESS, Status.DONE };

	/** The statuses a generated project ends in; the weights below follow this order. */
	private static final Status[] FINAL = { Status.IDEA, Status.PROPOSAL, Status.ASSESSED, Status.APPROVED,
			Status.REJECTED, Status.IN_PROGRESS, Status.DONE, Status.CANCELLED };

	@Nullable Status stepAt(int revision) {
		return steps.get(revision);
	}

	/**
	 * Plans the statuses of the {@code index}th project over {@code revisions} versions. The first
	 * projects end in each status in turn, so that even a small dataset shows every one.
	 */
	static DatasetLifecycle plan(int index, int revisions, DatasetRandom random) {
		Status last = index < FINAL.length ? FINAL[index] : random.weighted(FINAL, 8, 12, 5, 15, 3, 30, 15, 12);
		int spare = revisions - 1;
		if (last == Status.REJECTED && spare == 0) {
			last = Status.ASSESSED;
		}
		boolean cancelled = last == Status.CANCELLED;
		boolean rejected = last == Status.REJECTED;
		if (cancelled && spare == 0) {
			return new DatasetLifecycle(Status.CANCELLED, Map.of(), Status.CANCELLED);
		}
		// A cancelled project stops anywhere up to approval; a rejected one is turned down after its assessment.
		int target = cancelled ? random.weighted(new Integer[] { 0, 1, 2, 3 }, 2, 4, 3, 2)
				: Arrays.asList(CHAIN).indexOf(rejected ? Status.ASSESSED : last);
		int start = random.chance(0.8) ? random.between(0, Math.min(target, 1)) : random.between(0, target);
		start = Math.max(start, target + (cancelled || rejected ? 1 : 0) - spare);
		var path = new ArrayList<Status>();
		for (int i = start + 1; i <= target; i++) {
			path.add(CHAIN[i]);
			if (CHAIN[i] == Status.APPROVED && spare >= path.size() + 4 && random.chance(0.12)) {
				path.add(Status.PROPOSAL);
				path.add(Status.APPROVED);
			}
		}
		if (cancelled || rejected) {
			path.add(last);
		}
		if (last == Status.DONE && spare >= path.size() + 2 && random.chance(0.05)) {
			path.add(Status.IN_PROGRESS);
			path.add(Status.DONE);
		}
		List<Integer> at = random.sample(2, revisions, path.size());
		Map<Integer, Status> steps = new HashMap<>();
		for (int i = 0; i < path.size(); i++) {
			steps.put(at.get(i), path.get(i));
		}
		return new DatasetLifecycle(CHAIN[start], Map.copyOf(steps), last);
	}

}
