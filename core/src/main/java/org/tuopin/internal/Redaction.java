package org.tuopin.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (ID numbers, names, dates) for toString, logs and exception texts, and
 * quotes values for error messages: the one redactor every quoted value passes through.
 */
public final class Redaction {

  /** The most characters of a value an error message quotes. */
  public static final int QUOTED_LENGTH = 60;
  /** The shortest run of digits masked as ID-like: longer than a 12-digit village code. */
  private static final int ID_LIKE_RUN = 13;
  /** A date written as eight digits, 19840230. */
  private static final Pattern DATE_DIGITS = Pattern.compile("(19|20)\\d{2}[01]\\d[0-3]\\d");
  /** A date written with separators: 1984-02-30, 1984/2/30, 1984.02.30, 1984年2月30日. */
  private static final Pattern DATE =
      Pattern.compile("(?<!\\d)\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?");

  private Redaction() {
  }

  /**
   * Masks an identity number, keeping the first six (county) characters when they are
   * digits and the number is at least 12 long, and the last four of a number of the real
   * lengths (15 or 18): {@code 110105********002X}. Nothing else is kept, so a name in front
   * of a number, or the month and day of a number of another length, is never shown.
   *
   * @param text  the text, not null
   * @return the masked text, as long as the original, not null
   */
  public static String idNumber(String text) {
    int n = text.length();
    boolean head = n >= 12 && idLike(text, 0, 6);
    boolean tail = (n == 15 || n == 18) && head && idLike(text, n - 4, n);
    StringBuilder b = new StringBuilder(n);
    b.append(head ? text.substring(0, 6) : "*".repeat(Math.min(n, 6)));
    if (n > 6) {
      b.append("*".repeat(n - 6 - (tail ? 4 : 0)));
      if (tail) {
        b.append(text, n - 4, n);
      }
    }
    return b.toString();
  }

  private static boolean idLike(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || (i == text.length() - 1 && (c == 'X' || c == 'x')))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks a person's name, keeping its first character: 张** for 张三丰.
   *
   * @param name  the name, not null
   * @return the masked name, not null
   */
  public static String name(String name) {
    if (name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
  }

  /**
   * Quotes a value for a message: at most {@value #QUOTED_LENGTH} characters of it, with
   * ID-like runs of 13 or more digits masked as by {@link #idNumber(String)}, the digits
   * of dates (1984-02-30, 1984年2月30日, 19840230) masked, and control characters escaped ({@code \n}, {@code \u0000}); a longer
   * value is followed by {@code …(N characters)}. The quote is one line, whatever the value.
   *
   * @param text  the value, not null
   * @return the value quoted in {@code '…'}, not null
   */
  public static String quote(String text) {
    return quote(text, false);
  }

  /**
   * Shows a column's header, as an import's unknown columns list it: as written, with control
   * characters escaped, when it is at most {@value #QUOTED_LENGTH} characters and holds no
   * ID-like run or date; otherwise quoted as {@link #quote(String)} does, so that a row of data
   * taken for a header shows no identifier.
   *
   * @param header  the header, not null
   * @return the header as shown, not null
   */
  public static String header(String header) {
    String quoted = quote(header);
    String escaped = escaped(header);
    return header.length() <= QUOTED_LENGTH && quoted.equals("'" + escaped + "'") ? escaped : quoted;
  }

  /**
   * Quotes the value of a person-level column (name, ID, relation, sex, birth date, health,
   * labour) for a message: as {@link #quote(String)}, and, unless it is written in digits and
   * date separators only (an ID or a date, masked as such), keeping only its first character,
   * as {@link #name(String)} does.
   *
   * @param text  the value, not null
   * @return the value quoted in {@code '…'}, not null
   */
  public static String quotePersonal(String text) {
    return quote(text, true);
  }

  /**
   * Quotes an identity number for a message: as {@link #quote(String)}, masked as by
   * {@link #idNumber(String)}.
   *
   * @param text  the text, not null
   * @return the number quoted in {@code '…'}, not null
   */
  public static String quoteIdNumber(String text) {
    return quote(text, null);
  }

  /**
   * Quotes a value that a parser of dates rejected, such as a plan's period, for a message:
   * as {@link #quote(String)}, cut, escaped and with ID-like runs masked, but keeping its dates,
   * which are the subject of the message and no one's birth date.
   *
   * @param text  the value, not null
   * @return the value quoted in {@code '…'}, not null
   */
  public static String quoteKeepingDates(String text) {
    return quote(text, Boolean.FALSE, false);
  }

  private static String quote(String text, Boolean personal) {
    return quote(text, personal, true);
  }

  private static String quote(String text, Boolean personal, boolean dates) {
    int end = text.length();
    boolean cut = end > QUOTED_LENGTH;
    if (cut) {
      end = QUOTED_LENGTH;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
    }
    String shown = text.substring(0, end);
    shown = personal == null ? idNumber(shown) : personal && !numeric(shown) ? name(shown)
        : dates ? masked(shown) : maskedRuns(shown);
    StringBuilder b = new StringBuilder(shown.length() + 24).append('\'');
    escape(shown, b);
    b.append('\'');
    if (cut) {
      b.append("…(").append(text.codePointCount(0, text.length())).append(" characters)");
    }
    return b.toString();
  }

  /** Whether a text is written in digits and date separators only, as IDs and dates are. */
  private static boolean numeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == 'X' || c == 'x' || c == '-' || c == '/' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks the dates and the ID-like digit runs of a text, keeping its length.
   *
   * @param text  the text, not null
   * @return the text masked, not null
   */
  public static String masked(String text) {
    Matcher m = DATE.matcher(text);
    StringBuilder dated = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      dated.append(text, last, m.start());
      for (int i = m.start(); i < m.end(); i++) {
        char c = text.charAt(i);
        dated.append(Character.isDigit(c) ? '*' : c);
      }
      last = m.end();
    }
    dated.append(text, last, text.length());
    return maskedRuns(dated.toString());
  }

  /** Masks the ID-like digit runs and the eight-digit dates of a text, keeping its length. */
  private static String maskedRuns(String t) {
    StringBuilder b = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      int j = i;
      while (j < t.length() && Character.isDigit(t.charAt(j))) {
        j++;
      }
      if (j == i) {
        b.append(t.charAt(i++));
        continue;
      }
      if (j < t.length() && (t.charAt(j) == 'X' || t.charAt(j) == 'x')) {
        j++;
      }
      String run = t.substring(i, j);
      b.append(run.length() >= ID_LIKE_RUN ? idNumber(run)
          : DATE_DIGITS.matcher(run).matches() ? "*".repeat(run.length()) : run);
      i = j;
    }
    return b.toString();
  }

  /**
   * Writes a text with its control characters escaped, so that it stays on one line.
   *
   * @param text  the text, not null
   * @return the escaped text, not null
   */
  public static String escaped(String text) {
    StringBuilder b = new StringBuilder(text.length());
    escape(text, b);
    return b.toString();
  }

  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
  }

  /**
   * Makes the reason an input value was rejected safe to print: every quote of the value
   * (or the value itself) in the reason is replaced by its redacted {@link #quote(String)}
   * (or {@link #quotePersonal(String)} for a person-level column), and the reason is kept on
   * one line.
   *
   * @param reason  the reason, as a parser gave it, not null
   * @param value  the value rejected, not null
   * @param personal  whether the value is of a person-level column
   * @return the reason, safe to print, not null
   */
  public static String reason(String reason, String value, boolean personal) {
    String quoted = personal ? quotePersonal(value) : quote(value);
    String r = reason;
    String plain = "'" + value + "'";
    if (!value.isEmpty() && !quoted.equals(plain)) {
      if (r.contains(plain)) {
        r = r.replace(plain, quoted);
      } else if (r.contains(quote(value))) {
        r = r.replace(quote(value), quoted);
      } else if (r.contains(value)) {
        r = r.replace(value, quoted);
      }
    }
    if (r.length() > 4 * QUOTED_LENGTH + 200) {
      r = r.substring(0, 4 * QUOTED_LENGTH + 200) + "…";
    }
    return escaped(r);
  }
}
