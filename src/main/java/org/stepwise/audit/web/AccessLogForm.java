package org.stepwise.audit.web;

import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import org.stepwise.audit.AccessLogQuery;
import org.stepwise.audit.AuditAction;
import org.stepwise.site.DateField;
import org.stepwise.site.FormValues;
import org.stepwise.site.RealDate;

/**
 * The access log's filters as typed (sent with GET, so a filtered page can be bookmarked and its
 * download link carries the same filters). Every part may be blank.
 *
 * @param person a person's id, as the log shows it
 * @param born the date of birth, with {@code familyName}
 * @param user a username
 * @param breakGlass "yes" for break-glass entries only
 * @param page the page asked for; anything that is not a page number is the first page
 */
record AccessLogForm(
    @Size(max = 100, message = "{accessLog.person.id}") String person,
    @Size(max = 30, message = "{accessLog.nhsNumber.format}") String nhsNumber,
    @Size(max = 100, message = "{accessLog.givenName.size}") String givenName,
    @Size(max = 100, message = "{accessLog.familyName.size}") String familyName,
    @RealDate(message = "{accessLog.born.real}") DateField born,
    @Size(max = 100, message = "{accessLog.user.size}") String user,
    String action,
    @Size(max = 100, message = "{accessLog.recordType.size}") String recordType,
    @RealDate(message = "{accessLog.from.real}") DateField from,
    @RealDate(message = "{accessLog.to.real}") DateField to,
    String breakGlass,
    String page) {

  static final List<String> FIELD_ORDER =
      List.of(
          "person",
          "nhsNumber",
          "givenName",
          "familyName",
          "born=born-day",
          "user",
          "action",
          "recordType",
          "from=from-day",
          "to=to-day");

  /** No filters: the whole log. */
  static AccessLogForm empty() {
    return new AccessLogForm(
        "",
        "",
        "",
        "",
        DateField.empty(),
        "",
        "",
        "",
        DateField.empty(),
        DateField.empty(),
        "",
        "");
  }

  /** What Bean Validation cannot check alone: ids, NHS numbers, the parts that go together. */
  void check(BindingResult result) {
    if (!FormValues.blank(person) && personId() == null) {
      FormValues.reject(result, "person", "accessLog.person.id");
    }
    if (!FormValues.blank(nhsNumber) && digits(nhsNumber) == null) {
      FormValues.reject(result, "nhsNumber", "accessLog.nhsNumber.format");
    }
    boolean bornGiven = born != null && !born.isBlank();
    if (FormValues.blank(familyName) && (!FormValues.blank(givenName) || bornGiven)) {
      FormValues.reject(result, "familyName", "accessLog.familyName.required");
    }
    if (!FormValues.blank(familyName) && !bornGiven) {
      FormValues.reject(result, "born", "accessLog.born.required");
    }
    if (!FormValues.blank(action) && FormValues.choice(AuditAction.class, action).isEmpty()) {
      FormValues.reject(result, "action", "accessLog.action.unknown");
    }
    var first = DateField.dateIn(from);
    var last = DateField.dateIn(to);
    if (first != null && last != null && last.isBefore(first)) {
      FormValues.reject(result, "to", "accessLog.to.beforeFrom");
    }
  }

  /** The filters as the access log reads them. Call only when {@link #check} found nothing. */
  AccessLogQuery toQuery() {
    boolean byName = !FormValues.blank(familyName);
    return new AccessLogQuery(
        personId(),
        digits(nhsNumber),
        byName ? FormValues.text(givenName) : null,
        byName ? FormValues.text(familyName) : null,
        byName ? DateField.dateIn(born) : null,
        FormValues.text(user),
        FormValues.choice(AuditAction.class, action).orElse(null),
        FormValues.text(recordType),
        DateField.dateIn(from),
        DateField.dateIn(to),
        breakGlassOnly());
  }

  public boolean breakGlassOnly() {
    return "yes".equals(breakGlass);
  }

  /**
   * The page asked for, from 1: a number below 1 or anything that is not a number is 1, a number
   * too large for an int is the largest (the log then shows its last page).
   */
  int pageNumber() {
    if (page == null || !page.strip().matches("[+-]?\\d{1,40}")) {
      return 1;
    }
    var number = new java.math.BigInteger(page.strip());
    if (number.signum() <= 0) {
      return 1;
    }
    return number.bitLength() >= 32 ? Integer.MAX_VALUE : number.intValue();
  }

  /** The filters typed, as a query string (without the page), for links that keep them. */
  String queryString() {
    var parts = new ArrayList<String>();
    add(parts, "person", person);
    add(parts, "nhsNumber", nhsNumber);
    add(parts, "givenName", givenName);
    add(parts, "familyName", familyName);
    add(parts, "born", born);
    add(parts, "user", user);
    add(parts, "action", action);
    add(parts, "recordType", recordType);
    add(parts, "from", from);
    add(parts, "to", to);
    add(parts, "breakGlass", breakGlassOnly() ? "yes" : null);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, DateField date) {
    if (date != null && !date.isBlank()) {
      add(parts, name + ".day", date.day());
      add(parts, name + ".month", date.month());
      add(parts, name + ".year", date.year());
    }
  }

  private static void add(List<String> parts, String name, String value) {
    if (!FormValues.blank(value)) {
      parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  private UUID personId() {
    if (FormValues.blank(person)) {
      return null;
    }
    try {
      var text = person.strip();
      var id = UUID.fromString(text);
      // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the written form counts.
      return id.toString().equalsIgnoreCase(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Ten digits once spaces and hyphens are taken out, or null. */
  private static String digits(String text) {
    if (FormValues.blank(text)) {
      return null;
    }
    var digits = text.replaceAll("[\\s-]", "");
    return digits.matches("\\d{10}") ? digits : null;
  }
}
