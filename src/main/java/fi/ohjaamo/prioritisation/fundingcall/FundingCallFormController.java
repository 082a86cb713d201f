package fi.ohjaamo.prioritisation.fundingcall;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creating and editing a call, and moving it from draft to open to closed (early only when confirmed). */
@Controller
class FundingCallFormController {

	private final FundingCalls calls;

	private final Criteria criteria;

	private final FormBinding binding;

	private final EditMerge merges;

	FundingCallFormController(FundingCalls calls, Criteria criteria, FormBinding binding, EditMerge merges) {
		this.calls = calls;
		this.criteria = criteria;
		this.binding = binding;
		this.merges = merges;
	}

	@GetMapping("/funding-calls/new")
	String create(CurrentUser user, Model model) {
		FundingCalls.requireManager(user);
		return form(user, null, FundingCallForm.blank(criteria.active(user.organisationId())), model);
	}

	@PostMapping("/funding-calls")
	String add(CurrentUser user, @Valid @ModelAttribute("callForm") FundingCallForm form, BindingResult bound,
			Model model) {
		FundingCalls.requireManager(user);
		var result = binding.onForm(form, bound, model);
		calls.check(user.organisationId(), null, form, result);
		if (result.hasErrors()) {
			return form(user, null, form, model);
		}
		var call = calls.create(user, form.definition());
		return "redirect:/funding-calls/" + call.getId() + "?saved";
	}

	@GetMapping("/funding-calls/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		var call = calls.get(user.organisationId(), id);
		FundingCalls.requireManager(user);
		var form = FundingCallForm.of(call, criteria.of(user.organisationId()));
		merges.carry(model, form);
		return form(user, call, form, model);
	}

	@PostMapping("/funding-calls/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("callForm") FundingCallForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		calls.get(user.organisationId(), id); // an unknown call is not found before anything is asked of the person
		FundingCalls.requireManager(user);
		return merges.begin(merge, "callForm", posted, FundingCallForm.class, reading(user), model)
			.showing(bound, form -> form(user, calls.get(user.organisationId(), id), form, model))
			.checking((form, result) -> calls.check(user.organisationId(), id, form, result))
			.saving(FundingCallForm::version, (form, version) -> calls.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(
					FundingCallForm.of(calls.get(user.organisationId(), id), criteria.of(user.organisationId()))))
			.then("redirect:/funding-calls/" + id + "?saved");
	}

	/** The call's fields as the form names them; its criteria as "name: weight" for those in use. */
	private FieldReading reading(CurrentUser user) {
		var byId = FundingViews.criteriaById(criteria.of(user.organisationId()));
		return FieldReading.labelled("prioritisation.fundingCall.").values((field, value) -> {
			if (value instanceof FundingCallForm.Choice choice) {
				var criterion = choice.criterionId() == null ? null : byId.get(choice.criterionId());
				String name = criterion == null ? "?" : criterion.getName();
				return Boolean.TRUE.equals(choice.used()) ? name + ": " + choice.weight() : "";
			}
			return null;
		});
	}

	/**
	 * Opens or closes a call. Closing it before the last day of its period first asks whether to cut short the time
	 * units were given for applying, with the deadline and the applications so far; only a confirmed close goes on.
	 */
	@PostMapping("/funding-calls/{id}/status")
	String move(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "to", required = false) @Nullable FundingCallStatus target,
			@RequestParam(name = "early", defaultValue = "false") boolean confirmedEarly, Model model) {
		var call = calls.get(user.organisationId(), id);
		FundingCalls.requireManager(user);
		if (target == null || !call.canMoveTo(target)) {
			return "redirect:/funding-calls/" + id;
		}
		if (target == FundingCallStatus.CLOSED && call.closesEarly(calls.today()) && !confirmedEarly) {
			model.addAttribute("call", call);
			model.addAttribute("applicationCount", calls.applications(user.organisationId(), id).size());
			return "prioritisation/confirm-close";
		}
		calls.move(user, id, target);
		return "redirect:/funding-calls/" + id + "?moved";
	}

	private String form(CurrentUser user, @Nullable FundingCall call, FundingCallForm form, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("callForm", form);
		model.addAttribute("criteriaById", FundingViews.criteriaById(criteria.of(user.organisationId())));
		model.addAttribute("fullWeight", FundingCallDefinition.FULL_WEIGHT);
		return "prioritisation/funding-call-form";
	}

}
