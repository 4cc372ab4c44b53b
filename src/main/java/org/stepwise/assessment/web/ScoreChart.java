package org.stepwise.assessment.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireResponse;

/** Draws a questionnaire's charted scores over time as a PNG (JFreeChart), oldest on the left. */
final class ScoreChart {

  /**
   * GOV.UK colours: blue, then orange, then green, distinguishable without colour by their markers.
   */
  private static final Color[] COLOURS = {
    new Color(0x1d70b8), new Color(0xf47738), new Color(0x00703c)
  };

  private ScoreChart() {}

  static byte[] png(Questionnaire q, List<QuestionnaireResponse> oldestFirst) {
    var data = new TimeSeriesCollection();
    for (var scoreId : q.chart()) {
      var score = q.score(scoreId).orElseThrow();
      var series = new TimeSeries(score.label());
      for (var r : oldestFirst) {
        r.scores().stream()
            .filter(v -> v.id().equals(scoreId) && v.value() != null)
            .findFirst()
            .ifPresent(
                v -> {
                  var day =
                      new Day(
                          r.completedOn().getDayOfMonth(),
                          r.completedOn().getMonthValue(),
                          r.completedOn().getYear());
                  series.addOrUpdate(day, v.value());
                });
      }
      data.addSeries(series);
    }
    var chart =
        ChartFactory.createTimeSeriesChart(
            null, "Date completed", "Score", data, q.chart().size() > 1, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    var plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xb1b4b6));
    plot.setDomainGridlinePaint(new Color(0xb1b4b6));
    var first = q.score(q.chart().getFirst()).orElseThrow();
    if (first.min() != null && first.max() != null) {
      plot.getRangeAxis().setRange(first.min(), first.max());
    }
    var font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    plot.getRangeAxis().setTickLabelFont(font);
    plot.getRangeAxis().setLabelFont(font);
    plot.getDomainAxis().setTickLabelFont(font);
    plot.getDomainAxis().setLabelFont(font);
    ((DateAxis) plot.getDomainAxis())
        .setDateFormatOverride(new java.text.SimpleDateFormat("d MMM yy", java.util.Locale.UK));
    var renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < q.chart().size(); i++) {
      renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
      renderer.setSeriesStroke(i, new BasicStroke(3f));
    }
    plot.setRenderer(renderer);
    var out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, 720, 320);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
