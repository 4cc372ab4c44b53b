package org.stepwise.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stepwise.audit.AccessLog;
import org.stepwise.audit.AuditAction;
import org.stepwise.site.Choice;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/**
 * The access log page, for administrators and data protection officers: who saw or changed whose
 * record, when and in which role, filtered and a page at a time, and the same entries as a CSV
 * download. Reading it is logged by {@link AccessLog}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DATA_PROTECTION')")
class AuditController {

  static final String PAGE = "/admin/audit";
  static final String DOWNLOAD = "/admin/audit.csv";
  static final int PAGE_SIZE = 50;

  private final AccessLog accessLog;
  private final MessageSource messages;
  private final Clock clock;

  AuditController(AccessLog accessLog, MessageSource messages, Clock clock) {
    this.accessLog = accessLog;
    this.messages = messages;
    this.clock = clock;
  }

  @Bean
  static NavigationItem auditNavigation() {
    return new NavigationItem(
        "Access log",
        PAGE,
        Set.of("ADMIN", "DATA_PROTECTION"),
        90,
        "Who saw or changed whose record, when and why; filter by person, user, action and date,"
            + " and download.");
  }

  @GetMapping(PAGE)
  String show(
      @Valid @ModelAttribute("form") AccessLogForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletRequest request) {
    form.check(result);
    model.addAttribute("actionChoices", Choice.of(AuditAction.values()));
    model.addAttribute(
        "breakGlassOptions", java.util.List.of(Choice.of("yes", "Only break-glass entries")));
    model.addAttribute(
        "recordTypes", accessLog.recordTypes().stream().map(t -> Choice.of(t, t)).toList());
    if (result.hasErrors()) {
      model.addAttribute(
          "errors", ErrorSummary.of(result, messages, locale, AccessLogForm.FIELD_ORDER));
      return "audit/events";
    }
    model.addAttribute("errors", ErrorSummary.none());
    var page = accessLog.page(form.toQuery(), form.pageNumber(), PAGE_SIZE);
    model.addAttribute("log", page);
    String base = request.getContextPath() + PAGE + "?" + withAnd(form.queryString());
    model.addAttribute("prev", page.hasPrevious() ? base + "page=" + (page.page() - 1) : null);
    model.addAttribute("next", page.hasNext() ? base + "page=" + (page.page() + 1) : null);
    model.addAttribute("download", link(request, DOWNLOAD, form.queryString()));
    model.addAttribute("filtered", !form.queryString().isEmpty());
    model.addAttribute(
        "range",
        String.format(
            Locale.UK,
            "Entries %,d to %,d of %,d, newest first.",
            page.first(),
            page.last(),
            page.total()));
    return "audit/events";
  }

  /**
   * Every entry the filters match, as CSV. Filters with mistakes (only a hand-made link has them:
   * the page offers the download only for filters it could read) go back to the page, which shows
   * the mistakes.
   */
  @GetMapping(DOWNLOAD)
  void download(
      @Valid @ModelAttribute("form") AccessLogForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    form.check(result);
    if (result.hasErrors()) {
      response.sendRedirect(link(request, PAGE, form.queryString()));
      return;
    }
    var today = Dates.localDate(clock.instant());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-log-" + today + ".csv\"");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    try (var csv =
        new AccessLogCsv(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
      accessLog.export(form.toQuery(), csv::write);
    }
  }

  private static String link(HttpServletRequest request, String path, String query) {
    return request.getContextPath() + path + (query.isEmpty() ? "" : "?" + query);
  }

  private static String withAnd(String query) {
    return query.isEmpty() ? "" : query + "&";
  }
}
