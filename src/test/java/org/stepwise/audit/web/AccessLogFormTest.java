package org.stepwise.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.site.DateField;

class AccessLogFormTest {

  private static AccessLogForm onPage(String page) {
    var empty = AccessLogForm.empty();
    return new AccessLogForm(
        "", "", "", "", empty.born(), "", "", "", empty.from(), empty.to(), "", page);
  }

  @Test
  void aPageThatIsNotAPageNumberIsTheFirstAndOneTooLargeIsTheLargest() {
    assertThat(onPage(null).pageNumber()).isEqualTo(1);
    assertThat(onPage("abc").pageNumber()).isEqualTo(1);
    assertThat(onPage("0").pageNumber()).isEqualTo(1);
    assertThat(onPage("-7").pageNumber()).isEqualTo(1);
    assertThat(onPage(" 3 ").pageNumber()).isEqualTo(3);
    assertThat(onPage("+4").pageNumber()).isEqualTo(4);
    assertThat(onPage("2147483647").pageNumber()).isEqualTo(Integer.MAX_VALUE);
    assertThat(onPage("99999999999999999999999").pageNumber()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void linksKeepTheFiltersTypedEncoded() {
    var form =
        new AccessLogForm(
            "",
            "943 476 5919",
            "",
            "O'Brien & Sons",
            new DateField("1", "2", "1980"),
            "a+b",
            "READ",
            "",
            DateField.empty(),
            null,
            "yes",
            "3");
    assertThat(form.queryString())
        .isEqualTo(
            "nhsNumber=943+476+5919&familyName=O%27Brien+%26+Sons&born.day=1&born.month=2"
                + "&born.year=1980&user=a%2Bb&action=READ&breakGlass=yes");
    assertThat(form.toQuery().nhsNumber()).isEqualTo("9434765919");
    assertThat(form.toQuery().givenName()).isNull();
    assertThat(form.toQuery().breakGlassOnly()).isTrue();
    assertThat(AccessLogForm.empty().queryString()).isEmpty();
  }
}
