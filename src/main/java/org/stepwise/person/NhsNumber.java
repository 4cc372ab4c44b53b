package org.stepwise.person;

import java.util.Optional;

/**
 * A valid NHS number: ten digits whose last is the Modulus 11 check digit of the first nine. Digits
 * 1 to 9 are weighted 10 down to 2 and summed; the check digit is 11 minus the remainder of the sum
 * divided by 11, with 11 becoming 0; a check of 10 means the number is not valid.
 *
 * @param value the ten digits with no spaces
 */
public record NhsNumber(String value) {

  public NhsNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid NHS number");
    }
  }

  /**
   * Reads an NHS number as people type it: spaces and hyphens between digits are ignored.
   *
   * @return empty when the text is not a valid NHS number
   */
  public static Optional<NhsNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("[\\s-]", "");
    return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
  }

  /** True for exactly ten digits with a correct Modulus 11 check digit. */
  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{10}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** As shown to people: {@code 943 476 5919}. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
