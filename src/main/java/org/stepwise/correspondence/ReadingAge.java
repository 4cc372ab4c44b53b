package org.stepwise.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An estimate of the reading age a text needs: the Flesch-Kincaid grade level plus five, with
 * syllables counted by vowel groups. Good enough to warn that a letter to the people we support
 * reads above the 9 to 11 we aim for; not a substitute for reading it aloud.
 */
public final class ReadingAge {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  private ReadingAge() {}

  /** The estimated reading age in years, or 0 for a text with no words. */
  public static int of(List<String> paragraphs) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (var paragraph : paragraphs) {
      var text = paragraph.strip();
      if (text.isEmpty()) {
        continue;
      }
      int ends = (int) SENTENCE_END.matcher(text).results().count();
      sentences += ends + (endsWithStop(text) ? 0 : 1);
      var matcher = WORD.matcher(text);
      while (matcher.find()) {
        words++;
        syllables += syllables(matcher.group());
      }
    }
    if (words == 0) {
      return 0;
    }
    double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    return (int) Math.round(Math.max(grade, 0) + 5);
  }

  private static boolean endsWithStop(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?';
  }

  /** Syllables in one word, by vowel groups, less a silent final e; at least one. */
  static int syllables(String word) {
    var w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 0;
    }
    int count = (int) VOWEL_GROUP.matcher(w).results().count();
    if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
      count--;
    }
    if (w.endsWith("ed")
        && w.length() > 3
        && !w.endsWith("ted")
        && !w.endsWith("ded")
        && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }
}
