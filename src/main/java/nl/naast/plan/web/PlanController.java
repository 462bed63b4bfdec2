package nl.naast.plan.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.plan.GoalForm;
import nl.naast.plan.Plans;
import nl.naast.plan.Progress;
import nl.naast.plan.StepForm;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;

/** The plan page (/families/{id}/plan) and its small forms. */
@Controller
class PlanController {

	static final String PLAN = "/families/{id}/plan";

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping(PLAN)
	String plan(@PathVariable UUID id, Model model) {
		return page(id, model, PendingForm.none());
	}

	@PostMapping(PLAN + "/goals")
	String addGoal(@PathVariable UUID id, GoalForm form, Model model, RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.goalAdded",
				new PendingForm("new-goal", FormErrors.none(), form, StepForm.blank(), "", false),
				() -> plans.addGoal(id, form));
	}

	@PostMapping(PLAN + "/goals/{goalId}/adjust")
	String adjust(@PathVariable UUID id, @PathVariable UUID goalId, GoalForm form, Model model,
			RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.adjusted",
				new PendingForm("adjust-" + goalId, FormErrors.none(), form, StepForm.blank(), "", false),
				() -> plans.adjust(id, goalId, form));
	}

	@PostMapping(PLAN + "/goals/{goalId}/status")
	String goalStatus(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam String status,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.saved", PendingForm.none(), () -> {
			plans.setStatus(id, goalId, progress(status), version);
			return FormErrors.none();
		});
	}

	@PostMapping(PLAN + "/goals/{goalId}/agree")
	String agree(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam(defaultValue = "-1") int version,
			Model model, RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.agreed", PendingForm.none(), () -> {
			plans.agree(id, goalId, version);
			return FormErrors.none();
		});
	}

	@PostMapping(PLAN + "/goals/{goalId}/steps")
	String addStep(@PathVariable UUID id, @PathVariable UUID goalId, StepForm form, Model model,
			RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.stepAdded",
				new PendingForm("step-" + goalId, FormErrors.none(), GoalForm.blank(), form, "", false),
				() -> plans.addStep(id, goalId, form));
	}

	@PostMapping(PLAN + "/steps/{stepId}/status")
	String stepStatus(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam String status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		return handle(
				id, model, redirect, "plan.notice.saved", new PendingForm("status-" + stepId, FormErrors.none(),
						GoalForm.blank(), StepForm.blank(), reason, false),
				() -> plans.setStepStatus(id, stepId, progress(status), reason, version));
	}

	@PostMapping(PLAN + "/steps/{stepId}/proposal")
	String proposal(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam boolean accept,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		return handle(id, model, redirect, accept ? "plan.notice.accepted" : "plan.notice.declined", PendingForm.none(),
				() -> {
					plans.decideProposal(id, stepId, accept, version);
					return FormErrors.none();
				});
	}

	@PostMapping(PLAN + "/steps/{stepId}/move")
	String move(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam String direction, Model model,
			RedirectAttributes redirect) {
		return handle(id, model, redirect, "plan.notice.moved", PendingForm.none(), () -> {
			plans.move(id, stepId, "up".equals(direction));
			return FormErrors.none();
		});
	}

	/**
	 * Runs a change: on success back to the plan with a notice; with errors the page
	 * again with that form open and its input kept; when someone else changed the same
	 * thing meanwhile, the page with the input kept and a clear message.
	 */
	private String handle(UUID id, Model model, RedirectAttributes redirect, String notice, PendingForm pending,
			Supplier<FormErrors> change) {
		try {
			FormErrors errors = change.get();
			if (!errors.isEmpty()) {
				return page(id, model, new PendingForm(pending.formId(), errors, pending.goal(), pending.step(),
						pending.reason(), false));
			}
		}
		catch (ConcurrentEditException e) {
			return page(id, model, new PendingForm(pending.formId(), FormErrors.none(), pending.goal(), pending.step(),
					pending.reason(), true));
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/families/" + id + "/plan";
	}

	private String page(UUID id, Model model, PendingForm pending) {
		model.addAttribute("view", plans.plan(id));
		model.addAttribute("pending", pending);
		return "plan/plan";
	}

	private static Progress progress(String value) {
		return Arrays.stream(Progress.values())
			.filter(p -> p.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No such status"));
	}

}
