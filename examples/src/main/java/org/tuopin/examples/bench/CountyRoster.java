package org.tuopin.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tuopin.examples.sample.Draws;
import org.tuopin.registry.ResidentId;

/**
 * Writes a synthetic county-sized roster (建档立卡 roster, one row per person) in the format of
 * the data contract, for the benchmarks of this package.
 *
 * <p>The county is 通江县 (GB/T 2260 code 511921): 20 townships ({@code 511921100} to
 * {@code 511921119}) of 10 administrative villages each ({@code …201} to {@code …210}), 200
 * villages in all, with the households spread evenly over them. Household sizes follow a
 * rural distribution of mean about 3.3; members are a householder, a spouse, children and
 * sometimes parents or grandchildren, with plausible ages, health and labour capacity.
 * Per-capita net income is drawn around the national rural poverty line of the income year
 * (about 45% below it). Almost every person has a well-formed 18-digit resident ID (county
 * code, birth date, sequence digit matching the sex, ISO 7064 MOD 11-2 check character) that
 * belongs to nobody; about 2.5% have none, and about one in a thousand has a wrong check
 * character, so that a real-looking share of rows is rejected. Names are made up.
 *
 * <p>Rows are written household by household (the usual export layout), streamed, so the
 * generator needs little memory. With the layout {@code by-relation} the rows of each village
 * are instead sorted by position in the household (every householder of the village first,
 * then every second member, and so on), so that a household's rows are not contiguous.
 *
 * <p>The output depends only on the seed and the arguments. Usage:
 * <pre>
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.CountyRoster \
 *     /tmp/county.csv [people, default 1000000] [contiguous|by-relation]
 * </pre>
 */
public final class CountyRoster {

  private static final long SEED = 20151129L;
  private static final String COUNTY = "511921";
  private static final int TOWNSHIPS = 20;
  private static final int VILLAGES_PER_TOWNSHIP = 10;
  private static final int VILLAGES = TOWNSHIPS * VILLAGES_PER_TOWNSHIP;
  private static final double MEAN_SIZE = 3.3;

  private static final String HEADER = "village_code,group,household_id,person_id,name,id_number,"
      + "relation,sex,birth_date,health,labor,attribute,primary_cause,identified_year,exit_year,"
      + "income_year,wage_income,business_income,property_income,transfer_income,business_expense,"
      + "food,clothing,education,medical,housing,water,electricity,tv";
  private static final int FLAGS = 8;

  /** Household sizes 1 to 7, weights in percent: mean 3.28. */
  private static final int[] SIZE_WEIGHTS = {14, 21, 22, 21, 13, 6, 3};
  private static final int[] INCOME_YEARS = {2015, 2016, 2017, 2018, 2019};
  private static final int[] INCOME_YEAR_WEIGHTS = {10, 15, 20, 25, 30};
  /** National rural poverty line by income year, in yuan (the cn.national table). */
  private static final int[] LINE = {2855, 2952, 2952, 2995, 3218};

  private static final String[] SURNAMES = {
      "李", "王", "张", "陈", "刘", "杨", "何", "赵", "黄", "周", "吴", "徐", "胡", "罗", "唐",
      "邓", "冯", "曾", "彭", "苟", "向", "蒲", "岳", "谢", "袁", "熊", "文", "任", "侯", "母"};
  private static final String[] MALE_CHARS = {
      "明", "强", "军", "平", "华", "勇", "伟", "林", "兵", "斌", "建", "国", "德", "文", "成",
      "福", "贵", "海", "荣", "志", "洪", "松", "康", "刚", "杰", "浩", "宇", "俊", "鹏", "涛"};
  private static final String[] FEMALE_CHARS = {
      "芳", "秀", "英", "兰", "琼", "梅", "丽", "霞", "蓉", "红", "琴", "燕", "凤", "玉", "萍",
      "娟", "婷", "静", "雪", "敏", "莉", "慧", "洁", "欣", "悦", "怡", "珍", "桂", "菊", "春"};
  private static final String[] CAUSES = {"因病", "因残", "因学", "因灾", "缺土地", "缺水", "缺技术",
      "缺劳动力", "缺资金", "交通条件落后", "自身发展动力不足"};
  private static final int[] CAUSE_WEIGHTS = {26, 10, 14, 3, 4, 2, 14, 10, 13, 4, 4};
  /** Share of households lacking each flag, in per mille: food … tv. */
  private static final int[] FLAG_NO = {15, 15, 30, 30, 80, 70, 15, 15};

  /** The first birth date that can be drawn: the oldest person is 100 in the first income year. */
  private static final LocalDate EPOCH = LocalDate.of(1915, 1, 1);

  private final Random rnd;
  private final StringBuilder row = new StringBuilder(512);
  /** The next sequence number by birth date (days since {@link #EPOCH}) and sex. */
  private final short[][] sequence = new short[2][40_000];

  private CountyRoster() {
    this(SEED);
  }

  /** A generator of households drawn from a seed, for the rosters of this package. */
  CountyRoster(long seed) {
    rnd = new Random(seed);
  }

  /** The header of the rosters written, ending in no newline. */
  static String header() {
    return HEADER;
  }

  /**
   * Writes the roster.
   *
   * @param args  the output file; the number of people (default 1,000,000); the layout,
   *     {@code contiguous} (default) or {@code by-relation}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: CountyRoster FILE [PEOPLE] [contiguous|by-relation]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long people = args.length > 1 ? Long.parseLong(args[1].replace("_", "").replace(",", "")) : 1_000_000L;
    boolean byRelation = args.length > 2 && args[2].equals("by-relation");
    if (args.length > 2 && !byRelation && !args[2].equals("contiguous")) {
      throw new IllegalArgumentException("layout must be contiguous or by-relation: '" + args[2] + "'");
    }
    long start = System.nanoTime();
    long[] counts = new CountyRoster().write(file, people, byRelation);
    System.out.printf(Locale.ROOT, "%s: %,d people in %,d households of %d villages, %,d bytes, %.1f s%n",
        file, counts[0], counts[1], VILLAGES, Files.size(file), (System.nanoTime() - start) / 1e9);
  }

  /** Writes the file; returns people and households written. */
  private long[] write(Path file, long people, boolean byRelation) throws IOException {
    long households = 0;
    long written = 0;
    long expected = Math.max(1, Math.round(people / MEAN_SIZE));
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      out.write(HEADER);
      out.write('\n');
      int village = 0;
      int inVillage = 0;
      List<List<String>> villageRows = new ArrayList<>();
      while (written < people) {
        int target = (int) Math.min(VILLAGES - 1, households * VILLAGES / expected);
        if (target != village) {
          flush(villageRows, out);
          village = target;
          inVillage = 0;
        }
        int size = (int) Math.min(people - written, drawSize());
        inVillage++;
        List<String> rows = household(village, inVillage, size);
        if (byRelation) {
          villageRows.add(rows);
        } else {
          for (String r : rows) {
            out.write(r);
          }
        }
        households++;
        written += size;
      }
      flush(villageRows, out);
    }
    return new long[] {written, households};
  }

  /** Writes a village's households by position in the household, then forgets them. */
  private static void flush(List<List<String>> villageRows, Writer out) throws IOException {
    for (int position = 0; !villageRows.isEmpty(); position++) {
      boolean any = false;
      for (List<String> rows : villageRows) {
        if (position < rows.size()) {
          out.write(rows.get(position));
          any = true;
        }
      }
      if (!any) {
        villageRows.clear();
      }
    }
  }

  /** One household's rows, each ending in a newline. */
  private List<String> household(int village, int number, int size) {
    return household(COUNTY + (100 + village / VILLAGES_PER_TOWNSHIP) + (201 + village % VILLAGES_PER_TOWNSHIP),
        number, size);
  }

  /** A household size drawn from the rural distribution (mean about 3.3). */
  int size() {
    return drawSize();
  }

  /** One household's rows in a village (12-digit code), each ending in a newline. */
  List<String> household(String villageCode, int number, int size) {
    String id = villageCode + (number < 1000 ? String.format(Locale.ROOT, "%04d", number) : Integer.toString(number));
    int year = pick(INCOME_YEAR_WEIGHTS);
    int incomeYear = INCOME_YEARS[year];

    // Members: relation, sex, age.
    List<String> relations = new ArrayList<>(size);
    List<Boolean> males = new ArrayList<>(size);
    List<Integer> ages = new ArrayList<>(size);
    boolean old = size <= 2 ? rnd.nextInt(100) < 55 : rnd.nextInt(100) < 30;
    int headAge = old ? between(55, 85) : between(28, 54);
    boolean headMale = rnd.nextInt(100) < 85;
    add(relations, males, ages, "户主", headMale, headAge);
    if (size >= 2) {
      add(relations, males, ages, "配偶", !headMale, headAge + between(-4, 3));
    }
    int slot = 2;
    if (size >= 5 && !old && rnd.nextBoolean()) {
      add(relations, males, ages, "之父母", rnd.nextBoolean(), headAge + between(22, 30));
      slot++;
    }
    for (; slot < size; slot++) {
      boolean male = rnd.nextBoolean();
      if (old && slot >= 3) {
        add(relations, males, ages, male ? "之孙子" : "之孙女", male, between(0, 16));
      } else if (old) {
        add(relations, males, ages, male ? "之子" : "之女", male, headAge - between(22, 34));
      } else {
        add(relations, males, ages, male ? "之子" : "之女", male, Math.max(0, headAge - between(20, 32)));
      }
    }

    // Household-level columns.
    String group = (1 + rnd.nextInt(8)) + "组";
    String cause = CAUSES[pick(CAUSE_WEIGHTS)];
    int r = rnd.nextInt(100);
    String attribute = size <= 2 && old && r < 25 ? "特困供养贫困户" : r < 22 ? "低保贫困户" : "一般贫困户";
    int identified = 2014 + (rnd.nextInt(100) < 70 ? 0 : between(1, 2));
    long lineFen = LINE[year] * 100L;
    double position = rnd.nextInt(100) < 45 ? 0.55 + 0.44 * rnd.nextDouble() : 1.01 + 1.3 * rnd.nextDouble();
    long net = Math.round(lineFen * size * position);
    long expense = rnd.nextInt(100) < 20 ? 0 : (200 + rnd.nextInt(2300)) * 100L;
    long gross = net + expense;
    long wage = gross * (25 + rnd.nextInt(40)) / 100 / 10_000 * 10_000;
    long business = gross * (5 + rnd.nextInt(25)) / 100 / 100 * 100;
    long property = rnd.nextBoolean() ? Math.min(gross / 20, (100 + rnd.nextInt(700)) * 100L) / 100 * 100 : 0;
    long transfer = gross - wage - business - property;
    String[] flags = new String[FLAGS];
    boolean allMet = true;
    for (int i = 0; i < FLAGS; i++) {
      boolean no = rnd.nextInt(1000) < FLAG_NO[i];
      flags[i] = no ? "否" : "是";
      allMet &= !no;
    }
    if (rnd.nextInt(100) < 5) {
      flags[rnd.nextInt(FLAGS)] = "";
      allMet = false;
    }
    String exitYear = allMet && position > 1 && incomeYear >= identified && rnd.nextBoolean()
        ? Integer.toString(incomeYear) : "";
    String householdPart = attribute + ',' + cause + ',' + identified + ',' + exitYear + ',' + incomeYear
        + ',' + amount(wage) + ',' + amount(business) + ',' + amount(property) + ',' + amount(transfer)
        + ',' + amount(expense) + ',' + String.join(",", flags) + '\n';

    String family = SURNAMES[rnd.nextInt(SURNAMES.length)];
    // a household poor through illness (因病) has an ill member, but for about one in forty records
    // whose health column says otherwise (the national data checks flag those)
    int ill = cause.equals("因病") && rnd.nextInt(40) > 0 ? illAdult(ages) : -1;
    // a destitute household (特困供养) has no one able to work, again but for about one in forty
    boolean destitute = attribute.startsWith("特困") && rnd.nextInt(40) > 0;
    List<String> rows = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String relation = relations.get(i);
      boolean male = males.get(i);
      int age = Math.min(100, Math.max(0, ages.get(i)));
      LocalDate birth = LocalDate.of(incomeYear - age, 1, 1).plusDays(rnd.nextInt(365));
      String surname = relation.equals("配偶") || relation.equals("之父母") && !male
          ? SURNAMES[rnd.nextInt(SURNAMES.length)] : family;
      String[] chars = male ? MALE_CHARS : FEMALE_CHARS;
      String name = surname + chars[rnd.nextInt(chars.length)]
          + (rnd.nextInt(100) < 70 ? chars[rnd.nextInt(chars.length)] : "");
      int h = rnd.nextInt(100);
      String health;
      String labor;
      if (age < 16) {
        health = h < 97 ? "健康" : "残疾";
        labor = "无劳动力";
      } else {
        int sick = age < 60 ? 84 : age < 70 ? 55 : 35;
        health = i == ill ? (h % 3 == 0 ? "患有大病" : "长期慢性病")
            : h < sick ? "健康" : h < 88 ? "长期慢性病" : h < 94 ? "患有大病" : "残疾";
        labor = age >= 70 ? (health.equals("健康") ? "无劳动力" : "丧失劳动力")
            : destitute || !health.equals("健康") && h % 2 == 0 ? "丧失劳动力"
            : h < 15 ? "技能劳动力" : "普通劳动力";
      }
      row.setLength(0);
      row.append(villageCode).append(',').append(group).append(',').append(id).append(',')
          .append(id).append(i < 9 ? "0" : "").append(i + 1).append(',').append(name).append(',');
      int idDraw = rnd.nextInt(1000);
      if (idDraw >= 25) {
        residentId(row, villageCode.substring(0, 6), birth, male, idDraw == 999);
      }
      row.append(',').append(relation).append(',').append(male ? '男' : '女').append(',').append(birth)
          .append(',').append(health).append(',').append(labor).append(',').append(householdPart);
      rows.add(row.toString());
    }
    return rows;
  }

  /** The oldest member aged 16 or more (the one an illness is given to), or -1 if none is. */
  private static int illAdult(List<Integer> ages) {
    int oldest = -1;
    for (int i = 0; i < ages.size(); i++) {
      if (ages.get(i) >= 16 && (oldest < 0 || ages.get(i) > ages.get(oldest))) {
        oldest = i;
      }
    }
    return oldest;
  }

  private static void add(List<String> relations, List<Boolean> males, List<Integer> ages, String relation,
      boolean male, int age) {
    relations.add(relation);
    males.add(male);
    ages.add(age);
  }

  /** Appends a resident ID, unique in the file while a birth date has fewer than 500 of a sex. */
  private void residentId(StringBuilder out, String county, LocalDate birth, boolean male, boolean wrongCheck) {
    int day = (int) (birth.toEpochDay() - EPOCH.toEpochDay());
    int seq = 2 * (sequence[male ? 1 : 0][day]++ % 500) + (male ? 1 : 0);
    int start = out.length();
    out.append(county).append(birth.getYear());
    two(out, birth.getMonthValue());
    two(out, birth.getDayOfMonth());
    out.append(seq < 10 ? "00" : seq < 100 ? "0" : "").append(seq);
    char check = ResidentId.checkCharacter(out.substring(start));
    out.append(wrongCheck ? (check == '0' ? '1' : '0') : check);
  }

  private static void two(StringBuilder out, int n) {
    out.append(n < 10 ? "0" : "").append(n);
  }

  /** Yuan from fen, without needless decimals: 6000, 3000.5, 412.25. */
  private static String amount(long fen) {
    return Draws.amount(fen, false);
  }

  private int drawSize() {
    return size(SIZE_WEIGHTS);
  }

  /** A household size of 1 to {@code weights.length} drawn with the given weights. */
  int size(int[] weights) {
    return 1 + pick(weights);
  }

  private int between(int lo, int hi) {
    return Draws.between(rnd, lo, hi);
  }

  private int pick(int[] weights) {
    return Draws.pick(rnd, weights);
  }
}
