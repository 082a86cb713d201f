package fi.ohjaamo.publication.web;

import fi.ohjaamo.publication.PublicProject;
import org.springframework.stereotype.Component;

/** A published project's schedule as the card shows it: "Q3/2026–Q2/2027", or one point when it starts and ends alike. */
@Component("publicSchedules")
public class PublicSchedules {

	public String of(PublicProject project) {
		String start = project.scheduleStart();
		String end = project.scheduleEnd();
		if (end.isEmpty() || end.equals(start)) {
			return start;
		}
		return start.isEmpty() ? "–" + end : start + "–" + end;
	}

}
