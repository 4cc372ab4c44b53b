package org.stepwise.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stepwise.audit.AuditEntry;
import org.stepwise.site.Dates;

/**
 * The access log as CSV (RFC 4180, one row per entry, a header row first). Times are London time
 * with their offset from UTC ({@code 2026-12-02T15:15:07Z}, {@code 2026-07-01T09:00:00+01:00}).
 * Every cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) gets a leading apostrophe, so a username or detail can never run as one.
 */
final class AccessLogCsv implements AutoCloseable {

  static final List<String> HEADER =
      List.of(
          "When",
          "User",
          "Roles",
          "Action",
          "Record type",
          "Record id",
          "People shown",
          "Break-glass reason",
          "Detail",
          "Entry id");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private final CSVPrinter printer;

  AccessLogCsv(Writer out) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
  }

  void write(AuditEntry entry) {
    try {
      printer.printRecord(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
              entry.occurredAt().truncatedTo(ChronoUnit.SECONDS).atZone(Dates.LONDON)),
          safe(entry.actor()),
          safe(entry.rolesInWords()),
          entry.action().label(),
          safe(entry.recordType()),
          entry.recordId() == null ? "" : entry.recordId().toString(),
          entry.personIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
          safe(entry.reason()),
          safe(entry.detail()),
          entry.id().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell a spreadsheet will show as text, never run as a formula. */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
