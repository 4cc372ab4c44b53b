package org.stepwise.caseload.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.WorkItemId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.DateField;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/** Work items on a case: done (one button), or parked until a date (its own page). */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class WorkItemsController {

  private final Caseloads caseloads;
  private final Cases cases;
  private final MessageSource messages;

  WorkItemsController(Caseloads caseloads, Cases cases, MessageSource messages) {
    this.caseloads = caseloads;
    this.cases = cases;
    this.messages = messages;
  }

  /** Marking an item done twice (a double click) says it is done both times. */
  @PostMapping("/work-items/{id}/done")
  String done(@PathVariable WorkItemId id, Locale locale, RedirectAttributes redirect) {
    var caseId = caseloads.completeItem(id);
    redirect.addFlashAttribute("done", messages.getMessage("workItem.done", null, locale));
    return "redirect:/cases/" + caseId;
  }

  @GetMapping("/work-items/{id}/park")
  String parkPage(@PathVariable WorkItemId id, Model model) {
    var c = caseOf(id);
    var item = c.item(id);
    if (item.done()) {
      return "redirect:/cases/" + c.caseId();
    }
    var form =
        item.parked()
            ? new ParkForm(DateField.of(item.parkedUntil()), item.parkedReason())
            : ParkForm.empty();
    return page(c, item, form, ErrorSummary.none(), model);
  }

  @PostMapping("/work-items/{id}/park")
  String park(
      @PathVariable WorkItemId id,
      @Valid @ModelAttribute("form") ParkForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = caseOf(id);
    if (!result.hasErrors()) {
      try {
        var until = DateField.dateIn(form.until());
        caseloads.parkItem(id, until, form.reason());
        redirect.addFlashAttribute(
            "done",
            messages.getMessage("workItem.parked", new Object[] {Dates.date(until)}, locale));
        return "redirect:/cases/" + c.caseId();
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return page(
        c,
        c.item(id),
        form,
        ErrorSummary.of(result, messages, locale, ParkForm.FIELD_ORDER),
        model);
  }

  private String page(
      CaseView c, CaseView.Item item, ParkForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("item", item);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "caseload/park";
  }

  private CaseView caseOf(WorkItemId itemId) {
    var caseId = caseloads.caseOf(itemId).orElseThrow(() -> new RecordNotFound("work item"));
    return cases.find(caseId).orElseThrow(() -> new RecordNotFound("case"));
  }
}
