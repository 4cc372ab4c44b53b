package org.stepwise.referral.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.RuleOutcome;
import org.stepwise.referral.IllegalReferralChange;
import org.stepwise.referral.PersonChoice;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReview;
import org.stepwise.site.DateInput;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;

/**
 * The decisions on a referral, one page each: accept, decline, defer, withdraw, and the person's
 * choice; plus the one-click "start review" and "offer again".
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class DecisionController {

  private final ReferralReview review;
  private final MessageSource messages;

  DecisionController(ReferralReview review, MessageSource messages) {
    this.review = review;
    this.messages = messages;
  }

  @PostMapping("/referrals/{id}/start-review")
  String startReview(@PathVariable UUID id, RedirectAttributes redirect) {
    return simple(id, redirect, () -> review.startReview(new ReferralId(id)), "Review started.");
  }

  @PostMapping("/referrals/{id}/reoffer")
  String reoffer(@PathVariable UUID id, RedirectAttributes redirect) {
    return simple(
        id,
        redirect,
        () -> review.reoffer(new ReferralId(id)),
        "Referral offered again and back under review.");
  }

  @GetMapping("/referrals/{id}/{decision:accept|decline|defer|withdraw|choice}")
  String page(@PathVariable UUID id, @PathVariable String decision, Model model) {
    return show(id, decision, Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var referral = ReviewController.find(review, id);
    var reasons = new HashMap<Integer, String>();
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    for (var rule : referral.eligibility()) {
      if (rule.outcome() != RuleOutcome.NOT_MET) {
        continue;
      }
      String reason = form.getOrDefault("reason-" + rule.position(), "");
      if (reason.isBlank()) {
        errors.add(
            new ErrorSummary.Entry(
                "reason-" + rule.position(),
                "reason-" + rule.position(),
                message("referral.override.required", locale) + ": " + rule.rule()));
      } else if (reason.length() > 2000) {
        errors.add(
            new ErrorSummary.Entry(
                "reason-" + rule.position(),
                "reason-" + rule.position(),
                message("referral.decision.reason.size", locale)));
      }
      reasons.put(rule.position(), reason);
    }
    if (!errors.isEmpty()) {
      return show(id, "accept", form, ErrorSummary.of(errors), model);
    }
    return decide(
        id,
        "accept",
        form,
        model,
        locale,
        redirect,
        () -> review.accept(new ReferralId(id), reasons),
        "Referral accepted.");
  }

  /** Declining and withdrawal: the same form, a reason, for different decisions. */
  @PostMapping("/referrals/{id}/{decision:decline|withdraw}")
  String withReason(
      @PathVariable UUID id,
      @PathVariable String decision,
      @Valid @ModelAttribute("form") ReasonForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var values = Map.of("reason", form.reason() == null ? "" : form.reason());
    if (result.hasErrors()) {
      return show(
          id,
          decision,
          values,
          ErrorSummary.of(result, messages, locale, ReasonForm.FIELD_ORDER),
          model);
    }
    var referral = new ReferralId(id);
    boolean decline = "decline".equals(decision);
    return decide(
        id,
        decision,
        values,
        model,
        locale,
        redirect,
        () -> {
          if (decline) {
            review.decline(referral, form.reason());
          } else {
            review.withdraw(referral, form.reason());
          }
        },
        message(decline ? "referral.declined" : "referral.withdrawn", locale));
  }

  @PostMapping("/referrals/{id}/defer")
  String defer(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    var date = DateInput.parse(form, "review");
    if (date == null) {
      errors.add(
          new ErrorSummary.Entry(
              "reviewDate",
              "review-day",
              message(
                  DateInput.blank(form, "review")
                      ? "referral.decision.reviewDate.required"
                      : "referral.decision.reviewDate.real",
                  locale)));
    }
    String reason = form.getOrDefault("reason", "");
    if (reason.isBlank() || reason.length() > 2000) {
      errors.add(
          new ErrorSummary.Entry(
              "reason", "reason", message("referral.decision.reason.required", locale)));
    }
    if (!errors.isEmpty()) {
      return show(id, "defer", form, ErrorSummary.of(errors), model);
    }
    return decide(
        id,
        "defer",
        form,
        model,
        locale,
        redirect,
        () -> review.defer(new ReferralId(id), date, reason),
        "Referral deferred until " + Dates.date(date) + ".");
  }

  @PostMapping("/referrals/{id}/choice")
  String choice(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    PersonChoice choice;
    try {
      choice = PersonChoice.valueOf(form.getOrDefault("choice", ""));
    } catch (IllegalArgumentException e) {
      choice = null;
    }
    if (choice == null || choice == PersonChoice.NOT_ASKED) {
      return show(
          id,
          "choice",
          form,
          ErrorSummary.single(
              "choice", "choice-AGREED", message("referral.decision.choice.required", locale)),
          model);
    }
    LocalDate later = null;
    if (choice == PersonChoice.ASK_LATER) {
      later = DateInput.parse(form, "later");
      if (later == null) {
        return show(
            id,
            "choice",
            form,
            ErrorSummary.single(
                "laterDate",
                "later-day",
                message(
                    DateInput.blank(form, "later")
                        ? "referral.decision.reviewDate.required"
                        : "referral.decision.reviewDate.real",
                    locale)),
            model);
      }
    }
    var chosen = choice;
    var contactAfter = later;
    return decide(
        id,
        "choice",
        form,
        model,
        locale,
        redirect,
        () -> review.recordChoice(new ReferralId(id), chosen, contactAfter),
        "Recorded: " + chosen.label().toLowerCase(Locale.UK) + ".");
  }

  private String decide(
      UUID id,
      String decision,
      Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      Runnable change,
      String done) {
    try {
      change.run();
    } catch (IllegalReferralChange refused) {
      return show(
          id,
          decision,
          form,
          ErrorSummary.single(
              "decision",
              "main-content",
              messages.getMessage(refused.messageKey(), refused.arguments(), locale)),
          model);
    } catch (IllegalStateException | OptimisticLockingFailureException movedOn) {
      return show(
          id,
          decision,
          form,
          ErrorSummary.single(
              "decision", "main-content", message("referral.decision.movedOn", locale)),
          model);
    }
    redirect.addFlashAttribute("done", done);
    return "redirect:/referrals/" + id;
  }

  private String simple(UUID id, RedirectAttributes redirect, Runnable change, String done) {
    change.run();
    redirect.addFlashAttribute("done", done);
    return "redirect:/referrals/" + id;
  }

  private String show(
      UUID id, String decision, Map<String, String> form, ErrorSummary errors, Model model) {
    model.addAttribute("referral", ReviewController.find(review, id));
    model.addAttribute("decision", decision);
    model.addAttribute(
        "heading",
        switch (decision) {
          case "accept" -> "Accept the referral";
          case "decline" -> "Decline the referral";
          case "defer" -> "Defer the referral";
          case "withdraw" -> "Record a withdrawal";
          default -> "What did the person say about taking part?";
        });
    model.addAttribute("values", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "choices", List.of(PersonChoice.AGREED, PersonChoice.DECLINED, PersonChoice.ASK_LATER));
    return "referral/decision";
  }

  private String message(String code, Locale locale) {
    return messages.getMessage(code, null, locale);
  }
}
