package org.stepwise.triage;

import java.util.List;

/**
 * The Keele STarT Back Screening Tool: nine items, each scoring 0 or 1; a total of 0-9 and a
 * psychosocial (distress) subscale of items 5-9. Total 0-3: low risk; otherwise a subscale of 4 or
 * more: high risk; else medium risk.
 *
 * <p>The tool's instruction: "Thinking about the last 2 weeks tick your response to the following
 * questions:". Copyright Keele University 01/08/07, funded by Arthritis Research UK (now Versus
 * Arthritis). Keele's licence (startback.hfac.keele.ac.uk): "Copyright (©2021) University of Keele.
 * No license is required for non-commercial use. If you would like to incorporate the tool in any
 * way into commercial product materials, please contact Keele University Impact Accelerator Unit".
 * Keep the copyright and funding notice.
 */
public final class StartBack {

  public static final String COPYRIGHT =
      "The Keele STarT Back Screening Tool. © Keele University 01/08/07. Funded by Arthritis Research UK"
          + " (now Versus Arthritis).";

  /** Items 1 to 8: agree (1) or disagree (0). */
  public static final List<String> AGREE_ITEMS =
      List.of(
          "My back pain has spread down my leg(s) at some time in the last 2 weeks",
          "I have had pain in the shoulder or neck at some time in the last 2 weeks",
          "I have only walked short distances because of my back pain",
          "In the last 2 weeks, I have dressed more slowly than usual because of back pain",
          "It's not really safe for a person with a condition like mine to be physically active",
          "Worrying thoughts have been going through my mind a lot of the time",
          "I feel that my back pain is terrible and it's never going to get any better",
          "In general I have not enjoyed all the things I used to enjoy");

  /** Item 9. */
  public static final String BOTHER_ITEM =
      "Overall, how bothersome has your back pain been in the last 2 weeks?";

  /** Item 9's answers; the last two score 1. */
  public static final List<String> BOTHER_ANSWERS =
      List.of("Not at all", "Slightly", "Moderately", "Very much", "Extremely");

  /** Risk groups. */
  public enum Risk {
    LOW("Low risk"),
    MEDIUM("Medium risk"),
    HIGH("High risk");

    private final String label;

    Risk(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A scored tool: total 0-9, distress subscale 0-5, risk group. */
  public record Score(int total, int distress, Risk risk) {}

  private StartBack() {}

  /**
   * Scores the tool.
   *
   * @param agree items 1-8, true for "agree"
   * @param bother item 9, an index into {@link #BOTHER_ANSWERS}
   * @throws IllegalArgumentException for anything but 8 answers and a bother index 0-4
   */
  public static Score score(List<Boolean> agree, int bother) {
    if (agree == null || agree.size() != 8 || agree.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("Answer all of items 1 to 8");
    }
    if (bother < 0 || bother >= BOTHER_ANSWERS.size()) {
      throw new IllegalArgumentException("Answer item 9");
    }
    int botherScore = bother >= 3 ? 1 : 0;
    int total = botherScore;
    int distress = botherScore;
    for (int i = 0; i < 8; i++) {
      if (agree.get(i)) {
        total++;
        if (i >= 4) {
          distress++;
        }
      }
    }
    Risk risk = total <= 3 ? Risk.LOW : distress >= 4 ? Risk.HIGH : Risk.MEDIUM;
    return new Score(total, distress, risk);
  }
}
