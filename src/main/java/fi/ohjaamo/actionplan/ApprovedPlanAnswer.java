package fi.ohjaamo.actionplan;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An editing link of a plan that has been approved meanwhile (an old tab, a bookmark) answers with a page that says
 * why the plan no longer changes and offers its next version as a draft, instead of the generic error page.
 */
@ControllerAdvice(basePackageClasses = ApprovedPlanAnswer.class)
class ApprovedPlanAnswer {

	private final ActionPlans plans;

	ApprovedPlanAnswer(ActionPlans plans) {
		this.plans = plans;
	}

	@ExceptionHandler(PlanApprovedException.class)
	ModelAndView approved(PlanApprovedException ex, CurrentUser user) {
		var answer = new ModelAndView("actionplan/approved-plan", HttpStatus.CONFLICT);
		answer.addObject("currentUser", user);
		answer.addObject("plan", plans.get(user.organisationId(), ex.planId()));
		answer.addObject("mayManage", ActionPlanPermissions.mayKeepPlans(user));
		return answer;
	}

}
