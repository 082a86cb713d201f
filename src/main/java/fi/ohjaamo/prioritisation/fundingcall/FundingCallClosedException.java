package fi.ohjaamo.prioritisation.fundingcall;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The call takes no applications: it is a draft, closed or decided. */
@ResponseStatus(HttpStatus.CONFLICT)
public class FundingCallClosedException extends RuntimeException {

	public FundingCallClosedException() {
		super("the funding call takes no applications");
	}

}
