package org.stepwise.site.web;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stepwise.site.Dates;
import org.stepwise.site.Money;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Templates write dates, times and money one way: {@code #when} (see {@link Dates}) and {@code
 * #money} (see {@link Money}). {@code #when.today()} and {@code #when.now()} read the application's
 * clock, so no template needs {@code T(...)}.
 */
@Component
class HouseStyleDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final When when;

  HouseStyleDialect(Clock clock) {
    super("stepwise-house-style");
    this.when = new When(clock);
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("when", "money");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return "when".equals(name) ? when : new MoneyStyle();
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }

  /** {@code #when}: the house style of dates, and today's date by the application's clock. */
  public static final class When {
    private final Clock clock;

    When(Clock clock) {
      this.clock = clock;
    }

    public String date(Object when) {
      return Dates.date(when);
    }

    public String shortDate(Object when) {
      return Dates.shortDate(when);
    }

    public String dayAndDate(Object when) {
      return Dates.dayAndDate(when);
    }

    public String time(Object when) {
      return Dates.time(when);
    }

    public String dateTime(Object when) {
      return Dates.dateTime(when);
    }

    public String shortDateTime(Object when) {
      return Dates.shortDateTime(when);
    }

    public String preciseDateTime(Object when) {
      return Dates.preciseDateTime(when);
    }

    public java.time.LocalDate today() {
      return java.time.LocalDate.now(clock.withZone(Dates.LONDON));
    }

    public java.time.Instant now() {
      return clock.instant();
    }
  }

  /** {@code #money}. */
  public static final class MoneyStyle {
    public String pounds(java.math.BigDecimal amount) {
      return Money.pounds(amount);
    }

    public String percent(java.math.BigDecimal amount) {
      return Money.percent(amount);
    }

    public String plain(java.math.BigDecimal amount) {
      return Money.plain(amount);
    }
  }
}
