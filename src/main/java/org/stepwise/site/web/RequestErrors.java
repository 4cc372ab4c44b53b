package org.stepwise.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;
import org.stepwise.site.OutsideYourTeams;
import org.stepwise.site.RecordNotFound;

/**
 * What a person sees when a request cannot be done, so that nothing a browser can send gives a 500
 * page: an address naming no record is "page not found" (404); a change a record's rules refuse
 * (already done, moved on, full) says what happened (409); someone else changing the same record at
 * once says so (409); input the database cannot hold (a date 10,000 years away, text longer than
 * its column) says it is not possible (400). Controllers that show a form catch {@link
 * ChangeRefused} and {@link EditConflict} themselves and show the form again; this is the net under
 * everything else.
 */
@ControllerAdvice
class RequestErrors {

  private static final Logger log = LoggerFactory.getLogger(RequestErrors.class);

  private final MessageSource messages;
  private final String breakGlassFor;

  RequestErrors(
      MessageSource messages,
      @org.springframework.beans.factory.annotation.Value("${stepwise.break-glass.duration:PT1H}")
          java.time.Duration breakGlassDuration) {
    this.messages = messages;
    this.breakGlassFor = forAWhile(breakGlassDuration);
  }

  /** "for 1 hour", "for 30 minutes": how long break-glass access lasts, in words. */
  static String forAWhile(java.time.Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    if (minutes % 60 == 0) {
      long hours = minutes / 60;
      return "for " + hours + (hours == 1 ? " hour" : " hours");
    }
    return "for " + minutes + (minutes == 1 ? " minute" : " minutes");
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    NoSuchElementException.class,
    RecordNotFound.class
  })
  ModelAndView notFound(Exception e, HttpServletRequest request) {
    log.info("Not found: {} {} ({})", request.getMethod(), request.getRequestURI(), e.toString());
    var page = new ModelAndView("error/404");
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  /**
   * A member of staff asked for a record outside their teams: the page asks why they need it, so
   * that they can break the glass. Nothing of the record is shown.
   */
  @ExceptionHandler(OutsideYourTeams.class)
  ModelAndView outsideYourTeams(OutsideYourTeams e, HttpServletRequest request) {
    log.info("Outside the user's teams: {} {}", request.getMethod(), request.getRequestURI());
    var page = new ModelAndView("access/break-glass");
    page.setStatus(HttpStatus.FORBIDDEN);
    String returnTo =
        "GET".equals(request.getMethod())
            ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
            : sameSiteReferer(request);
    page.addObject(
        "form",
        new org.stepwise.site.BreakGlassRequest(
            "",
            e.personId().toString(),
            e.recordType(),
            e.recordId() == null ? "" : e.recordId().toString(),
            e.serviceId() == null ? "" : e.serviceId().toString(),
            returnTo == null ? "/" : returnTo));
    page.addObject("errors", org.stepwise.site.ErrorSummary.none());
    page.addObject("breakGlassFor", breakGlassFor);
    return page;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ModelAndView noResource() {
    var page = new ModelAndView("error/404");
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  @ExceptionHandler(ChangeRefused.class)
  ModelAndView refused(ChangeRefused e, HttpServletRequest request, Locale locale) {
    return problem(
        HttpStatus.CONFLICT,
        "problem.refused.title",
        messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale),
        request,
        locale);
  }

  @ExceptionHandler({
    EditConflict.class,
    OptimisticLockingFailureException.class,
    DuplicateKeyException.class,
    ConcurrencyFailureException.class
  })
  ModelAndView conflict(Exception e, HttpServletRequest request, Locale locale) {
    log.info("Conflict: {} {} ({})", request.getMethod(), request.getRequestURI(), e.toString());
    return problem(
        HttpStatus.CONFLICT,
        "problem.conflict.title",
        messages.getMessage("problem.conflict.text", null, locale),
        request,
        locale);
  }

  /** A state change asked of a record that has moved on: a second click, a stale page. */
  @ExceptionHandler(IllegalStateException.class)
  ModelAndView movedOn(IllegalStateException e, HttpServletRequest request, Locale locale) {
    // Logged with its stack: most are a second click, but one may be a mistake of ours.
    log.warn("Refused: {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(
        HttpStatus.CONFLICT,
        "problem.movedOn.title",
        messages.getMessage("problem.movedOn.text", null, locale),
        request,
        locale);
  }

  @ExceptionHandler({IllegalArgumentException.class, DateTimeException.class})
  ModelAndView badInput(RuntimeException e, HttpServletRequest request, Locale locale) {
    log.info("Bad input: {} {} ({})", request.getMethod(), request.getRequestURI(), e.toString());
    return problem(
        HttpStatus.BAD_REQUEST,
        "problem.badInput.title",
        messages.getMessage("problem.badInput.text", null, locale),
        request,
        locale);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ModelAndView integrity(
      DataIntegrityViolationException e, HttpServletRequest request, Locale locale)
      throws DataIntegrityViolationException {
    String state = sqlState(e);
    log.info(
        "Refused by the database: {} {} (SQL state {})",
        request.getMethod(),
        request.getRequestURI(),
        state);
    if (state != null && state.startsWith("22")) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "problem.badInput.title",
          messages.getMessage("problem.badInput.text", null, locale),
          request,
          locale);
    }
    if ("23503".equals(state)) {
      return notFound(e, request);
    }
    if ("23505".equals(state)) {
      return conflict(e, request, locale);
    }
    throw e;
  }

  private ModelAndView problem(
      HttpStatus status, String titleKey, String text, HttpServletRequest request, Locale locale) {
    var page = new ModelAndView("error/problem");
    page.setStatus(status);
    page.addObject("problemTitle", messages.getMessage(titleKey, null, locale));
    page.addObject("problemText", text);
    page.addObject("backHref", sameSiteReferer(request));
    return page;
  }

  /** The page the person came from, when it is one of ours, for a "go back" link. */
  private static String sameSiteReferer(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return null;
    }
    String origin =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (request.getServerPort() == 80 || request.getServerPort() == 443
                ? ""
                : ":" + request.getServerPort());
    if (referer.startsWith(origin + "/")) {
      return referer.substring(origin.length());
    }
    return null;
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
