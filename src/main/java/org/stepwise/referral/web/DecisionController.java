package org.stepwise.referral.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.IllegalReferralChange;
import org.stepwise.referral.PersonChoice;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReview;
import org.stepwise.site.Choice;
import org.stepwise.site.DateField;
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
  String startReview(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    return simple(
        id,
        redirect,
        () -> review.startReview(new ReferralId(id)),
        message("referral.reviewStarted", locale));
  }

  /** The team has checked a flagged referral is for the same person: merge it into the other. */
  @PostMapping("/referrals/{id}/merge")
  String merge(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    var into = review.merge(new ReferralId(id));
    redirect.addFlashAttribute("done", message("referral.merged", locale));
    return "redirect:/referrals/" + into;
  }

  @PostMapping("/referrals/{id}/reoffer")
  String reoffer(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    return simple(
        id,
        redirect,
        () -> review.reoffer(new ReferralId(id)),
        message("referral.reoffered", locale));
  }

  @GetMapping("/referrals/{id}/{decision:accept|decline|defer|withdraw|choice}")
  String page(@PathVariable UUID id, @PathVariable String decision, Model model) {
    Object form =
        switch (decision) {
          case "accept" -> AcceptForm.empty();
          case "defer" -> DeferForm.empty();
          case "choice" -> ChoiceForm.empty();
          default -> new ReasonForm("");
        };
    return show(id, decision, form, ErrorSummary.none(), model);
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @ModelAttribute("form") AcceptForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var unmet = ReviewController.find(review, id).unmetRules();
    form.check(result, unmet);
    return decide(
        id,
        "accept",
        form,
        result,
        AcceptForm.fieldOrder(unmet),
        model,
        locale,
        redirect,
        () -> review.accept(new ReferralId(id), form.overrideReasons(unmet)),
        () -> message("referral.accepted", locale));
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
    var referral = new ReferralId(id);
    boolean decline = "decline".equals(decision);
    return decide(
        id,
        decision,
        form,
        result,
        ReasonForm.FIELD_ORDER,
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
        () -> message(decline ? "referral.declined" : "referral.withdrawn", locale));
  }

  @PostMapping("/referrals/{id}/defer")
  String defer(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") DeferForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var date = DateField.dateIn(form.review());
    return decide(
        id,
        "defer",
        form,
        result,
        DeferForm.FIELD_ORDER,
        model,
        locale,
        redirect,
        () -> review.defer(new ReferralId(id), date, form.reason()),
        () -> messages.getMessage("referral.deferred", new Object[] {Dates.date(date)}, locale));
  }

  @PostMapping("/referrals/{id}/choice")
  String choice(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ChoiceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    var chosen = form.chosen().orElse(null);
    return decide(
        id,
        "choice",
        form,
        result,
        ChoiceForm.FIELD_ORDER,
        model,
        locale,
        redirect,
        () ->
            review.recordChoice(
                new ReferralId(id),
                chosen,
                chosen == PersonChoice.ASK_LATER ? form.later().toDate() : null),
        () ->
            messages.getMessage(
                "referral.choice.recorded",
                new Object[] {chosen.label().toLowerCase(Locale.UK)},
                locale));
  }

  /**
   * Makes the change when the form has no errors and redirects to the referral; otherwise, or when
   * the referral refuses it (its state moved on, a date not in the future), shows the same page
   * with the errors and everything typed.
   */
  private String decide(
      UUID id,
      String decision,
      Object form,
      BindingResult result,
      List<String> fieldOrder,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      Runnable change,
      Supplier<String> done) {
    if (!result.hasErrors()) {
      try {
        change.run();
        redirect.addFlashAttribute("done", done.get());
        return "redirect:/referrals/" + id;
      } catch (IllegalReferralChange refused) {
        var field = fieldOf(decision, refused.messageKey());
        // Asking to be contacted later defers the referral; say "the date", as the page asks it.
        var code =
            "later".equals(field) ? "referral.change.contactAfter.future" : refused.messageKey();
        if (field != null) {
          result.addError(
              new FieldError(
                  result.getObjectName(),
                  field,
                  null,
                  false,
                  new String[] {code},
                  refused.arguments(),
                  code));
        } else {
          refused.addTo(result);
        }
      } catch (IllegalStateException | OptimisticLockingFailureException movedOn) {
        result.reject("referral.decision.movedOn");
      }
    }
    return show(id, decision, form, ErrorSummary.of(result, messages, locale, fieldOrder), model);
  }

  /** The field of a decision's form a refusal by the referral is about, or null for none. */
  private static String fieldOf(String decision, String messageKey) {
    return switch (messageKey) {
      case "referral.change.reviewDate.future", "referral.change.contactAfter.future" ->
          "defer".equals(decision) ? "review" : "choice".equals(decision) ? "later" : null;
      case "referral.change.reason.decline",
          "referral.change.reason.defer",
          "referral.change.reason.withdraw" ->
          "reason";
      case "referral.change.choice" -> "choice".equals(decision) ? "choice" : null;
      default -> null;
    };
  }

  private String simple(UUID id, RedirectAttributes redirect, Runnable change, String done) {
    change.run();
    redirect.addFlashAttribute("done", done);
    return "redirect:/referrals/" + id;
  }

  private String show(UUID id, String decision, Object form, ErrorSummary errors, Model model) {
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
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "choices", ChoiceForm.CHOICES.stream().map(c -> Choice.of(c.name(), c.label())).toList());
    return "referral/decision";
  }

  private String message(String code, Locale locale) {
    return messages.getMessage(code, null, locale);
  }
}
