package fi.ohjaamo.actionplan;

/** An approved plan is frozen; a change to it is refused and nothing is written. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class PlanApprovedException extends RuntimeException {

	PlanApprovedException() {
		super("the plan is approved and can no longer change");
	}

}
