package org.stepwise.staff.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.staff.CaseloadCover;
import org.stepwise.staff.CoverId;
import org.stepwise.staff.CoverView;
import org.stepwise.staff.StaffContact;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.WorkerProfile;

/**
 * A manager lets one worker in their teams cover another's caseload until a date (holidays,
 * sickness), sees the cover in place, and ends it early. The covering worker may open the covered
 * worker's cases until the end of the last day.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class CoverController {

  /** A date as typed in the three boxes, for the hint: "27 3 2027". */
  private static final DateTimeFormatter EXAMPLE_DATE = DateTimeFormatter.ofPattern("d M yyyy");

  private final CaseloadCover cover;
  private final TeamDirectory teams;
  private final StaffDirectory staff;
  private final MessageSource messages;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final Clock clock;

  CoverController(
      CaseloadCover cover,
      TeamDirectory teams,
      StaffDirectory staff,
      MessageSource messages,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      Clock clock) {
    this.cover = cover;
    this.teams = teams;
    this.staff = staff;
    this.messages = messages;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Bean
  static NavigationItem coverNavigation() {
    return new NavigationItem(
        "Cover",
        "/team/cover",
        Set.of("MANAGER"),
        46,
        "Let one worker cover another's caseload until a date, and end cover early.");
  }

  /** Cover in place, with the display name of the manager who arranged it. */
  record CoverRow(CoverView cover, String arrangedByName) {}

  @GetMapping("/team/cover")
  String list(Model model) {
    model.addAttribute(
        "covers",
        cover.current().stream()
            .map(
                c ->
                    new CoverRow(
                        c,
                        staff
                            .contactFor(c.arrangedBy())
                            .map(StaffContact::displayName)
                            .orElse(c.arrangedBy())))
            .toList());
    model.addAttribute("hasWorkers", workers().size() > 1);
    return "staff/cover";
  }

  @GetMapping("/team/cover/new")
  String newCover(@RequestParam(name = "covered", required = false) String covered, Model model) {
    var chosen =
        workers().stream()
            .map(WorkerProfile::username)
            .filter(u -> u.equalsIgnoreCase(covered == null ? "" : covered.trim()))
            .findFirst()
            .orElse("");
    return page(CoverForm.forWorker(chosen), ErrorSummary.none(), model);
  }

  @PostMapping("/team/cover/new")
  String arrange(
      @Valid @ModelAttribute("form") CoverForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    var until = form.until().toDate();
    if (ChangeRefused.tryChange(
        result, () -> arrangeOnce(form.covered(), form.covering(), until))) {
      redirect.addFlashAttribute(
          "done",
          messages.getMessage(
              "cover.arranged",
              new Object[] {name(form.covering()), name(form.covered()), Dates.date(until)},
              locale));
      return "redirect:/team/cover";
    }
    return page(form, ErrorSummary.of(result, messages, locale, CoverForm.FIELD_ORDER), model);
  }

  /**
   * Ends cover early. Sent twice, or at the same moment as another manager ends it, it is still
   * ended, and says so.
   */
  @PostMapping("/team/cover/{id}/end")
  String end(@PathVariable CoverId id, Locale locale, RedirectAttributes redirect) {
    try {
      cover.end(id);
    } catch (ChangeRefused refused) {
      if (!"cover.alreadyEnded".equals(refused.messageKey())) {
        throw refused;
      }
    } catch (OptimisticLockingFailureException endedAtTheSameMoment) {
      // the other request ended it
    }
    redirect.addFlashAttribute("done", messages.getMessage("cover.ended", null, locale));
    return "redirect:/team/cover";
  }

  /**
   * Arranges cover unless the same cover (same workers, same last day) is in place already: a form
   * sent twice, even at the same moment, arranges it once. The lock on the covered worker's
   * caseload makes a second request wait for the first.
   */
  private CoverId arrangeOnce(String covered, String covering, LocalDate until) {
    return transactions.execute(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
              .param("key", "caseload_cover " + covered.toLowerCase(Locale.ROOT))
              .query((row, n) -> 1)
              .single();
          return cover.current().stream()
              .filter(
                  c ->
                      c.covered().equalsIgnoreCase(covered)
                          && c.covering().equalsIgnoreCase(covering)
                          && c.until().equals(until))
              .map(CoverView::id)
              .findFirst()
              .orElseGet(() -> cover.arrange(covered, covering, until));
        });
  }

  private String page(CoverForm form, ErrorSummary errors, Model model) {
    var people =
        workers().stream()
            .map(w -> Choice.of(w.username(), w.displayName() + " (" + w.username() + ")"))
            .toList();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("people", people);
    model.addAttribute(
        "example", Dates.localDate(clock.instant()).plusWeeks(2).format(EXAMPLE_DATE));
    return "staff/cover-new";
  }

  /** The practitioners in the manager's teams, by name. */
  private List<WorkerProfile> workers() {
    var workplace = teams.workplace();
    return staff.workers().stream().filter(w -> workplace.manages(w.username())).toList();
  }

  private String name(String username) {
    return workers().stream()
        .filter(w -> w.username().equalsIgnoreCase(username))
        .map(WorkerProfile::displayName)
        .findFirst()
        .orElse(username);
  }
}
