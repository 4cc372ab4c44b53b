package org.stepwise.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text (OWASP's CSV injection advice). */
class AccessLogCsvTest {

  @Test
  void aCellThatWouldRunAsAFormulaGetsALeadingApostrophe() {
    assertThat(AccessLogCsv.safe("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(AccessLogCsv.safe("+1")).isEqualTo("'+1");
    assertThat(AccessLogCsv.safe("-1")).isEqualTo("'-1");
    assertThat(AccessLogCsv.safe("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(AccessLogCsv.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(AccessLogCsv.safe("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void anyOtherCellIsWrittenAsItIs() {
    assertThat(AccessLogCsv.safe("step changed")).isEqualTo("step changed");
    assertThat(AccessLogCsv.safe("a=b")).isEqualTo("a=b");
    assertThat(AccessLogCsv.safe("")).isEmpty();
    assertThat(AccessLogCsv.safe(null)).isEmpty();
  }
}
