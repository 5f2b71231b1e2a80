package org.tuopin.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the bundled sample rosters (建档立卡 roster files) of the examples module.
 *
 * <p>The data is synthetic: five administrative villages (511921105201 to 511921105205) of
 * one township of 通江县 (Tongjiang county, Sichuan, GB/T 2260 code 511921). Names and
 * resident ID numbers are made up; the ID numbers are well formed (county code, birth date,
 * sequence digit matching the sex, ISO 7064 MOD 11-2 check character) but belong to nobody.
 *
 * <p>Three files are written into the directory given as the first argument (default
 * {@code examples/data}):
 * <ul>
 *   <li>{@code roster.csv}: the clean sample, English column keys, no errors;</li>
 *   <li>{@code roster-broken.csv}: a small roster with Chinese column names, an extra
 *       unknown column (备注) and a documented set of errors;</li>
 *   <li>{@code roster-broken.errors.txt}: those errors, one {@code line N, column C: what}
 *       per line, the column named as in the file's header.</li>
 * </ul>
 *
 * <p>The output depends only on the fixed seeds, so re-running it gives the same bytes. It
 * needs nothing beyond the JDK and runs as a single source file:
 * {@code java examples/src/main/java/org/tuopin/examples/sample/SampleRoster.java examples/data}.
 */
public final class SampleRoster {

  private static final long SEED = 20160418L;
  private static final long BROKEN_SEED = 20170926L;

  private static final String COUNTY = "511921";
  private static final String TOWNSHIP = "511921105";
  private static final int[] VILLAGE_HOUSEHOLDS = {20, 24, 21, 23, 22};
  private static final int[] VILLAGE_GROUPS = {6, 8, 5, 7, 6};

  /** The roster columns (English key, Chinese alias), in the order of DATA.md. */
  private static final String[][] COLUMNS = {
      {"village_code", "行政区划代码"}, {"group", "村民小组"}, {"household_id", "户编号"},
      {"person_id", "人编号"}, {"name", "姓名"}, {"id_number", "证件号码"},
      {"relation", "与户主关系"}, {"sex", "性别"}, {"birth_date", "出生日期"},
      {"health", "健康状况"}, {"labor", "劳动技能"}, {"attribute", "贫困户属性"},
      {"primary_cause", "主要致贫原因"}, {"identified_year", "识别年度"},
      {"exit_year", "脱贫年度"}, {"income_year", "收入年度"},
      {"wage_income", "工资性收入"}, {"business_income", "生产经营性收入"},
      {"property_income", "财产性收入"}, {"transfer_income", "转移性收入"},
      {"business_expense", "生产经营性支出"}, {"food", "不愁吃"}, {"clothing", "不愁穿"},
      {"education", "义务教育有保障"}, {"medical", "基本医疗有保障"},
      {"housing", "住房安全有保障"}, {"water", "饮水安全有保障"},
      {"electricity", "生活用电"}, {"tv", "广播电视"},
  };
  private static final String[] FLAGS =
      {"food", "clothing", "education", "medical", "housing", "water", "electricity", "tv"};
  /** The extra column of the broken file: not a roster column, kept aside by importers. */
  private static final String REMARK = "remark";
  private static final String REMARK_ZH = "备注";

  /** National rural poverty line by income year, in fen (DOMAIN.md §1). */
  private static final Map<Integer, Long> LINE = Map.of(
      2015, 285_500L, 2016, 295_200L, 2017, 295_200L, 2018, 299_500L, 2019, 321_800L);

  private static final String[] SURNAMES = {
      "李", "王", "张", "陈", "刘", "杨", "何", "赵", "黄", "周", "吴", "徐", "胡", "罗", "唐",
      "邓", "冯", "曾", "彭", "苟", "向", "蒲", "岳", "谢", "袁", "熊", "文", "任", "侯", "母"};
  private static final String[] MALE_CHARS = {
      "明", "强", "军", "平", "华", "勇", "伟", "林", "兵", "斌", "建", "国", "德", "文", "成",
      "福", "贵", "海", "荣", "志", "洪", "松", "康", "刚", "杰", "浩", "宇", "俊", "鹏", "涛",
      "永", "清", "光", "元", "忠", "安", "顺", "发", "才", "祥"};
  private static final String[] FEMALE_CHARS = {
      "芳", "秀", "英", "兰", "琼", "梅", "丽", "霞", "蓉", "红", "琴", "燕", "凤", "玉", "萍",
      "娟", "婷", "静", "雪", "敏", "莉", "慧", "洁", "欣", "悦", "怡", "珍", "桂", "菊", "春"};

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private SampleRoster() {
  }

  /**
   * Writes the sample files.
   *
   * @param args  the output directory, default {@code examples/data}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(dir);

    List<Household> clean = new Generator(SEED).cleanRoster();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Household h : clean) {
      rows.addAll(h.rows());
    }
    List<String> keys = new ArrayList<>();
    for (String[] c : COLUMNS) {
      keys.add(c[0]);
    }
    write(dir.resolve("roster.csv"), keys, keys, rows);

    Broken broken = new Generator(BROKEN_SEED).brokenRoster();
    write(dir.resolve("roster-broken.csv"), broken.keys, broken.header, broken.rows);
    Files.write(dir.resolve("roster-broken.errors.txt"), broken.errors, StandardCharsets.UTF_8);

    int people = rows.size();
    System.out.println("roster.csv: " + clean.size() + " households, " + people + " people");
    System.out.println("roster-broken.csv: " + broken.rows.size() + " rows, "
        + broken.errors.size() + " errors");
  }

  // ---------------------------------------------------------------------------------------
  // model

  /** A member of a household. */
  static final class Person {
    String personId;
    String relation;
    boolean male;
    int age;
    LocalDate birth;
    String name;
    String idNumber;
    String health;
    String labor;

    Person(String relation, boolean male, int age) {
      this.relation = relation;
      this.male = male;
      this.age = Math.max(0, age);
    }

    boolean isAbleBodied() {
      return age >= 16 && age <= 65 && (labor.equals("普通劳动力") || labor.equals("技能劳动力"));
    }
  }

  /** A household with its income (in fen) and conditions. */
  static final class Household {
    String village;
    String group;
    String id;
    String attribute;
    String cause;
    int identifiedYear;
    String exitYear = "";
    int incomeYear;
    long wage;
    long business;
    long property;
    long transfer;
    long expense;
    boolean fullDecimals;
    boolean numericFlags;
    /** Flag values: "Y", "N" or "" (unknown); rendered as 是/否 or 1/0. */
    final String[] flags = new String[FLAGS.length];
    final List<Person> members = new ArrayList<>();

    long net() {
      return wage + business + property + transfer - expense;
    }

    int size() {
      return members.size();
    }

    String flag(String key) {
      return flags[Arrays.asList(FLAGS).indexOf(key)];
    }

    void setFlag(String key, String value) {
      flags[Arrays.asList(FLAGS).indexOf(key)] = value;
    }

    String amount(long fen) {
      return Draws.amount(fen, fullDecimals);
    }

    List<Map<String, String>> rows() {
      List<Map<String, String>> rows = new ArrayList<>();
      for (Person p : members) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("village_code", village);
        r.put("group", group);
        r.put("household_id", id);
        r.put("person_id", p.personId);
        r.put("name", p.name);
        r.put("id_number", p.idNumber);
        r.put("relation", p.relation);
        r.put("sex", p.male ? "男" : "女");
        r.put("birth_date", p.birth.toString());
        r.put("health", p.health);
        r.put("labor", p.labor);
        r.put("attribute", attribute);
        r.put("primary_cause", cause);
        r.put("identified_year", Integer.toString(identifiedYear));
        r.put("exit_year", exitYear);
        r.put("income_year", Integer.toString(incomeYear));
        r.put("wage_income", amount(wage));
        r.put("business_income", amount(business));
        r.put("property_income", amount(property));
        r.put("transfer_income", amount(transfer));
        r.put("business_expense", amount(expense));
        for (int i = 0; i < FLAGS.length; i++) {
          String f = flags[i];
          r.put(FLAGS[i], f.isEmpty() ? "" : numericFlags ? (f.equals("Y") ? "1" : "0")
              : (f.equals("Y") ? "是" : "否"));
        }
        rows.add(r);
      }
      return rows;
    }
  }

  /** The broken sample: its columns, rows and the intended errors. */
  static final class Broken {
    final List<String> keys = new ArrayList<>();
    final List<String> header = new ArrayList<>();
    final List<Map<String, String>> rows = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
  }

  /** Where a household's per-capita net income falls against the line. */
  enum Position { BELOW, ON, ABOVE, CENT_BELOW, CENT_ABOVE }

  // ---------------------------------------------------------------------------------------
  // generation

  /** The seeded generator. */
  static final class Generator {
    private final Random rnd;
    private final Set<String> usedIds = new HashSet<>();

    Generator(long seed) {
      this.rnd = new Random(seed);
    }

    List<Household> cleanRoster() {
      List<Household> all = new ArrayList<>();
      for (int v = 0; v < VILLAGE_HOUSEHOLDS.length; v++) {
        String village = TOWNSHIP + (201 + v);
        int count = VILLAGE_HOUSEHOLDS[v];
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          groups.add(1 + rnd.nextInt(VILLAGE_GROUPS[v]));
        }
        Collections.sort(groups);
        for (int i = 0; i < count; i++) {
          String id = village + String.format(Locale.ROOT, "%04d", i + 1);
          Household h = household(village, groups.get(i) + "组", id, drawSize(), null, null);
          all.add(h);
        }
      }

      // Special households: the worked example of DOMAIN.md §3, the ones exactly on the line
      // and the ones a cent either side of it.
      // Each is taken from households already drawn with the wanted size and income year, so
      // that birth dates stay consistent with the income year.
      List<Household> pool = new ArrayList<>(all);
      Household example = take(pool, 4, 2016);
      Collections.shuffle(pool, rnd);
      Map<Household, Position> special = new LinkedHashMap<>();
      special.put(take(pool, 3, 2015), Position.ON);
      int[] onYears = {2016, 2017, 2018, 2019, 2015};
      for (int year : onYears) {
        special.put(take(pool, 0, year), Position.ON);
      }
      special.put(take(pool, 0, 0), Position.CENT_ABOVE);
      special.put(take(pool, 0, 0), Position.CENT_BELOW);

      for (Household h : all) {
        if (h == example) {
          h.wage = 600_000;
          h.business = 118_000;
          h.property = 600_000;
          h.transfer = 420_500;
          h.expense = 100_000;
          h.fullDecimals = false;
          allFlags(h, "Y");
        } else if (special.containsKey(h)) {
          Position p = special.get(h);
          if (p == Position.ON) {
            allFlags(h, "Y");
          }
          income(h, p);
        } else {
          income(h, rnd.nextDouble() < 0.45 ? Position.BELOW : Position.ABOVE);
        }
        if (h.incomeYear == 2019 && h.flag("water").isEmpty()) {
          h.setFlag("water", "Y");
        }
        exitYear(h);
      }

      // Two households list the householder second: order within a household is free.
      int swapped = 0;
      for (Household h : all) {
        if (swapped < 2 && h.size() >= 3 && h != example && !special.containsKey(h)
            && rnd.nextDouble() < 0.15) {
          Collections.swap(h.members, 0, 1);
          swapped++;
        }
      }
      return all;
    }

    /** Removes and returns the first household of the pool with that size and year (0: any). */
    private static Household take(List<Household> pool, int size, int year) {
      for (Household h : pool) {
        if ((size == 0 || h.size() == size) && (year == 0 || h.incomeYear == year)) {
          pool.remove(h);
          return h;
        }
      }
      throw new IllegalStateException("no household of size " + size + " for " + year);
    }

    Broken brokenRoster() {
      Broken b = new Broken();
      List<String> order = new ArrayList<>(List.of("household_id", "person_id", "village_code",
          "group"));
      for (String[] c : COLUMNS) {
        if (!order.contains(c[0])) {
          order.add(c[0]);
        }
      }
      order.add(REMARK);
      for (String k : order) {
        b.keys.add(k);
        b.header.add(zh(k));
      }

      String v1 = TOWNSHIP + "201";
      String v3 = TOWNSHIP + "203";
      String v5 = TOWNSHIP + "205";
      int[] seq = {500};
      java.util.function.BiFunction<String, Integer, Household> make = (village, size) -> {
        seq[0]++;
        Household h = household(village, (1 + rnd.nextInt(5)) + "组",
            village + String.format(Locale.ROOT, "%04d", seq[0]), size, null, null);
        allFlags(h, "Y");
        income(h, rnd.nextBoolean() ? Position.ABOVE : Position.BELOW);
        return h;
      };

      // Valid households (V) and households carrying one error each (E).
      Household valid1 = make.apply(v1, 3);
      Household wrongCheck = make.apply(v1, 3);
      Household valid2 = make.apply(v1, 4);
      Household shortId = make.apply(v1, 2);
      Household badVillage = make.apply(v3, 1);
      Household valid3 = make.apply(v3, 2);
      valid3.numericFlags = true;
      Household threeDecimals = make.apply(v3, 1);
      Household negative = make.apply(v3, 1);
      Household notNumber = make.apply(v3, 1);
      Household dupSource = make.apply(v3, 2);
      Household badFlag = make.apply(v3, 1);
      Household valid4 = make.apply(v5, 3);
      valid4.setFlag("housing", "N");
      Household disagree = make.apply(v5, 2);
      Household twoHeads = make.apply(v5, 2);
      Household noHead = make.apply(v5, 1);
      Household dupPerson = make.apply(v5, 2);
      Household valid5 = make.apply(v5, 1);
      Household emptyYear = make.apply(v5, 1);
      Household lateYear = make.apply(v5, 1);
      Household valid6 =
          household(v5, "4组", v5 + String.format(Locale.ROOT, "%04d", ++seq[0]), 4, null, 2019);
      allFlags(valid6, "Y");
      income(valid6, Position.ABOVE);
      Household badBirth = household(v5, "2组", v5 + String.format(Locale.ROOT, "%04d", ++seq[0]), 3,
          List.of(new Person("户主", true, 27), new Person("配偶", false, 25),
              new Person("之女", false, 0)), 2019);
      allFlags(badBirth, "Y");
      income(badBirth, Position.BELOW);
      Household badHealth = make.apply(v5, 2);

      // The members whose ID numbers are spoilt must have one.
      for (Household h : List.of(wrongCheck, shortId)) {
        Person p = h.members.get(1);
        if (p.idNumber.isEmpty()) {
          p.idNumber = residentId(p.birth, p.male);
        }
      }

      // Two 户主: the second row becomes the householder's spouse also marked 户主.
      Person second = twoHeads.members.get(1);
      second.relation = "户主";

      List<Household> households = List.of(valid1, wrongCheck, valid2, shortId, badVillage,
          valid3, threeDecimals, negative, notNumber, dupSource, badFlag, valid4, disagree,
          twoHeads, noHead, dupPerson, valid5, emptyYear, lateYear, valid6, badBirth, badHealth);
      Map<Household, Integer> first = new LinkedHashMap<>();
      for (Household h : households) {
        first.put(h, b.rows.size());
        for (Map<String, String> r : h.rows()) {
          r.put(REMARK, "");
          b.rows.add(r);
        }
      }

      // Remarks: free text in the unknown column, two of them needing RFC 4180 quotes.
      b.rows.get(first.get(valid2)).put(REMARK, "2017年易地搬迁,集中安置");
      b.rows.get(first.get(valid4)).put(REMARK, "危房改造户(C级)");
      b.rows.get(first.get(valid6)).put(REMARK, "帮扶责任人 \"驻村工作队\"");
      b.rows.get(first.get(valid5)).put(REMARK, "五保");

      Map<Integer, String> errors = new java.util.TreeMap<>();

      int line = first.get(wrongCheck) + 1;
      String id = b.rows.get(line).get("id_number");
      char good = id.charAt(17);
      char bad = CHECK[(new String(CHECK).indexOf(good) + 3) % 11];
      set(b, line, "id_number", id.substring(0, 17) + bad);
      errors.put(line, err(line, "id_number", "check character " + bad
          + " fails ISO 7064 MOD 11-2 (expected " + good + ")"));

      line = first.get(shortId) + 1;
      id = b.rows.get(line).get("id_number");
      set(b, line, "id_number", id.substring(0, 17));
      errors.put(line, err(line, "id_number", "resident ID has 17 characters, not 18"));

      spoil(b, errors, first.get(badVillage), "village_code", v3.substring(0, 11),
          "village code has 11 digits, not 12 (" + v3.substring(0, 11) + ")");

      spoil(b, errors, first.get(threeDecimals), "transfer_income", "3120.125",
          "amount with three decimals (3120.125)");

      spoil(b, errors, first.get(negative), "property_income", "-300",
          "negative amount (-300)");

      spoil(b, errors, first.get(notNumber), "business_income", "两千",
          "amount is not a number (两千)");

      spoil(b, errors, first.get(badFlag), "housing", "可能",
          "unknown flag value (可能)");

      line = first.get(disagree) + 1;
      String wage = b.rows.get(line).get("wage_income");
      String otherWage = disagree.amount(disagree.wage + 100_000);
      set(b, line, "wage_income", otherWage);
      errors.put(line, err(line, "wage_income", "household " + disagree.id
          + " rows disagree (" + wage + " on line " + (line + 1) + ", " + otherWage + " here)"));

      line = first.get(twoHeads) + 1;
      errors.put(line, err(line, "relation", "second 户主 in household " + twoHeads.id
          + " (first on line " + (line + 1) + ")"));

      spoil(b, errors, first.get(noHead), "relation", "配偶",
          "household " + noHead.id + " has no 户主");

      line = first.get(dupPerson) + 1;
      int source = first.get(dupSource) + 1;
      set(b, line, "person_id", b.rows.get(source).get("person_id"));
      errors.put(line, err(line, "person_id", "person id " + b.rows.get(source).get("person_id")
          + " already used on line " + (source + 2) + " (household " + dupSource.id + ")"));

      spoil(b, errors, first.get(emptyYear), "income_year", "",
          "required value is missing");

      // Not an error: a household of an income year the standard does not cover is NOT_COVERED.
      set(b, first.get(lateYear), "income_year", "2023");

      line = first.get(badBirth) + 2;
      set(b, line, "birth_date", "2019-02-30");
      set(b, line, "id_number", "");
      errors.put(line, err(line, "birth_date", "not a valid date (2019-02-30)"));

      spoil(b, errors, first.get(badHealth) + 1, "health", "良好",
          "unknown health label (良好)");

      b.errors.addAll(errors.values());
      return b;
    }

    /** Replaces a value of a row with a bad one and records the error the reader must give. */
    private static void spoil(Broken b, Map<Integer, String> errors, int index, String key, String value,
        String what) {
      set(b, index, key, value);
      errors.put(index, err(index, key, what));
    }

    private static void set(Broken b, int index, String key, String value) {
      b.rows.get(index).put(key, value);
    }

    /** Formats an error; rows are 0-based, the header is line 1, so row i is line i + 2. */
    private static String err(int index, String key, String what) {
      return "line " + (index + 2) + ", column " + zh(key) + ": " + what;
    }

    // -------------------------------------------------------------------------------------
    // households

    private int drawSize() {
      int[] weights = {9, 21, 26, 22, 13, 6, 3};
      int r = rnd.nextInt(100);
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i + 1;
        }
      }
      return 4;
    }

    private Household household(String village, String group, String id, int size,
        List<Person> given, Integer year) {
      Household h = new Household();
      h.village = village;
      h.group = group;
      h.id = id;
      h.identifiedYear = pick(new int[] {2014, 2015, 2016}, new int[] {70, 18, 12});
      h.incomeYear = year != null ? year
          : pick(new int[] {2015, 2016, 2017, 2018, 2019}, new int[] {25, 26, 22, 19, 8});
      List<Person> members = given != null ? new ArrayList<>(given) : family(size);
      h.members.addAll(members);
      for (int i = 0; i < members.size(); i++) {
        Person p = members.get(i);
        p.personId = id + String.format(Locale.ROOT, "%02d", i + 1);
        healthAndLabour(p);
      }
      names(h);
      h.cause = cause(h);
      h.attribute = attribute(h);
      for (Person p : members) {
        p.birth = birthDate(h.incomeYear, p.age);
        p.idNumber = rnd.nextDouble() < 0.025 ? "" : residentId(p.birth, p.male);
      }
      h.fullDecimals = rnd.nextDouble() < 0.2;
      h.numericFlags = rnd.nextDouble() < 0.15;
      flags(h);
      return h;
    }

    /** Members by relation, sex and age, the householder first. */
    private List<Person> family(int n) {
      List<Person> m = new ArrayList<>();
      double r = rnd.nextDouble();
      if (n == 1) {
        if (r < 0.8) {
          m.add(new Person("户主", rnd.nextDouble() < 0.6, between(58, 86)));
        } else {
          m.add(new Person("户主", true, between(35, 57)));
        }
      } else if (n == 2) {
        if (r < 0.45) {
          int a = between(58, 80);
          m.add(new Person("户主", true, a));
          m.add(new Person("配偶", false, a - between(0, 5)));
        } else if (r < 0.7) {
          boolean male = rnd.nextBoolean();
          int a = between(45, 75);
          m.add(new Person("户主", male, a));
          child(m, a - between(22, 34));
        } else if (r < 0.85) {
          int a = between(28, 48);
          m.add(new Person("户主", true, a));
          m.add(new Person("之父母", rnd.nextBoolean(), a + between(22, 32)));
        } else {
          int a = between(22, 35);
          m.add(new Person("户主", true, a));
          m.add(new Person("配偶", false, a - between(0, 4)));
        }
      } else if (n >= 5 || (n == 4 && r < 0.35) || (n == 3 && r < 0.15)) {
        threeGenerations(m, n);
      } else if (n == 3 && r < 0.35) {
        int a = between(26, 45);
        m.add(new Person("户主", true, a));
        m.add(new Person("配偶", false, a - between(0, 4)));
        m.add(new Person("之父母", rnd.nextBoolean(), a + between(22, 32)));
      } else {
        nuclear(m, n);
      }
      return m;
    }

    private void nuclear(List<Person> m, int n) {
      int a = between(30, 55);
      m.add(new Person("户主", true, a));
      int wife = a - between(0, 5);
      m.add(new Person("配偶", false, wife));
      int others = n - 2;
      int parents = others >= 3 && rnd.nextDouble() < 0.6 ? 1 : 0;
      for (int i = 0; i < parents; i++) {
        m.add(new Person("之父母", rnd.nextBoolean(), a + between(22, 32)));
      }
      for (int i = 0; i < others - parents; i++) {
        child(m, Math.min(wife - 20, 28) - between(0, Math.min(wife - 20, 28)));
      }
    }

    private void threeGenerations(List<Person> m, int n) {
      int a = between(52, 74);
      boolean widowed = rnd.nextDouble() < 0.2;
      m.add(new Person("户主", !widowed || rnd.nextBoolean(), a));
      if (!widowed) {
        m.add(new Person("配偶", false, a - between(0, 4)));
      }
      int son = a - between(22, 30);
      m.add(new Person("之子", true, son));
      if (m.size() < n) {
        m.add(new Person("之儿媳", false, son - between(0, 4)));
      }
      if (m.size() <= n - 2 && rnd.nextDouble() < 0.3) {
        m.add(new Person("之女", false, son - between(2, 8)));
      }
      while (m.size() < n) {
        int age = between(0, Math.max(0, Math.min(son - 21, 20)));
        boolean male = rnd.nextBoolean();
        m.add(new Person(male ? "之孙子" : "之孙女", male, age));
      }
    }

    private void child(List<Person> m, int age) {
      boolean male = rnd.nextBoolean();
      m.add(new Person(male ? "之子" : "之女", male, age));
    }

    private void healthAndLabour(Person p) {
      int r = rnd.nextInt(100);
      if (p.age < 16) {
        p.health = r < 97 ? "健康" : "残疾";
        p.labor = "无劳动力";
        return;
      }
      if (p.age < 60) {
        p.health = r < 84 ? "健康" : r < 92 ? "长期慢性病" : r < 96 ? "患有大病" : "残疾";
      } else if (p.age < 70) {
        p.health = r < 55 ? "健康" : r < 88 ? "长期慢性病" : r < 94 ? "患有大病" : "残疾";
      } else {
        p.health = r < 35 ? "健康" : r < 88 ? "长期慢性病" : r < 94 ? "患有大病" : "残疾";
      }
      p.labor = labour(p);
    }

    private String labour(Person p) {
      int r = rnd.nextInt(100);
      if (p.age < 19 && r < 50) {
        return "无劳动力";
      }
      if (p.age >= 70) {
        return p.health.equals("健康") ? "无劳动力" : "丧失劳动力";
      }
      switch (p.health) {
        case "健康":
          if (p.age >= 60) {
            return r < 65 ? "普通劳动力" : "无劳动力";
          }
          return r < 78 ? "普通劳动力" : "技能劳动力";
        case "长期慢性病":
          return r < 55 ? "普通劳动力" : "丧失劳动力";
        case "残疾":
          return r < 30 ? "普通劳动力" : "丧失劳动力";
        default:
          return "丧失劳动力";
      }
    }

    private String cause(Household h) {
      String[] causes = {"因病", "因残", "因学", "因灾", "缺土地", "缺水", "缺技术", "缺劳动力",
          "缺资金", "交通条件落后", "自身发展动力不足"};
      int[] weights = {26, 10, 14, 3, 4, 2, 14, 10, 13, 4, 4};
      String c = causes[pick(weights)];
      List<Person> adults = new ArrayList<>();
      boolean student = false;
      for (Person p : h.members) {
        if (p.age >= 16) {
          adults.add(p);
        }
        student |= p.age >= 6 && p.age <= 22;
      }
      if (c.equals("因学") && !student) {
        c = rnd.nextBoolean() ? "缺资金" : "缺技术";
      }
      if (c.equals("因病") && h.members.stream().noneMatch(
          p -> p.health.equals("长期慢性病") || p.health.equals("患有大病"))) {
        Person p = adults.get(rnd.nextInt(adults.size()));
        p.health = rnd.nextBoolean() ? "患有大病" : "长期慢性病";
        p.labor = p.age >= 70 || p.health.equals("患有大病") ? "丧失劳动力" : labour(p);
      }
      if (c.equals("因残") && h.members.stream().noneMatch(p -> p.health.equals("残疾"))) {
        Person p = adults.get(rnd.nextInt(adults.size()));
        p.health = "残疾";
        p.labor = p.age >= 70 ? "丧失劳动力" : labour(p);
      }
      return c;
    }

    private String attribute(Household h) {
      boolean able = h.members.stream().anyMatch(Person::isAbleBodied);
      double r = rnd.nextDouble();
      if (!able && h.size() <= 2 && r < 0.6) {
        return "特困供养贫困户";
      }
      boolean needy = h.cause.equals("因病") || h.cause.equals("因残") || h.cause.equals("缺劳动力")
          || !able;
      if (r < (needy ? 0.45 : 0.12)) {
        return "低保贫困户";
      }
      return "一般贫困户";
    }

    private void names(Household h) {
      String family = SURNAMES[rnd.nextInt(SURNAMES.length)];
      Set<String> used = new HashSet<>();
      for (Person p : h.members) {
        String surname;
        switch (p.relation) {
          case "户主":
          case "之子":
          case "之女":
          case "之孙子":
          case "之孙女":
            surname = family;
            break;
          case "之父母":
            surname = p.male ? family : SURNAMES[rnd.nextInt(SURNAMES.length)];
            break;
          default:
            surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
        }
        String name;
        do {
          name = surname + given(p);
        } while (!used.add(name));
        p.name = name;
      }
    }

    private String given(Person p) {
      String[] chars = p.male ? MALE_CHARS : FEMALE_CHARS;
      boolean single = p.age < 30 ? rnd.nextDouble() < 0.4 : rnd.nextDouble() < 0.15;
      String g = chars[rnd.nextInt(chars.length)];
      if (!single) {
        g += chars[rnd.nextInt(chars.length)];
      }
      return g;
    }

    private void flags(Household h) {
      for (int i = 0; i < FLAGS.length; i++) {
        double noRate;
        switch (FLAGS[i]) {
          case "housing":
            noRate = 0.08;
            break;
          case "water":
            noRate = 0.07;
            break;
          case "education":
          case "medical":
            noRate = 0.03;
            break;
          default:
            noRate = 0.015;
        }
        h.flags[i] = rnd.nextDouble() < noRate ? "N" : "Y";
      }
      if (rnd.nextDouble() < 0.06) {
        h.flags[rnd.nextInt(FLAGS.length)] = "";
        if (rnd.nextDouble() < 0.3) {
          h.flags[rnd.nextInt(FLAGS.length)] = "";
        }
      }
    }

    private static void allFlags(Household h, String value) {
      Arrays.fill(h.flags, value);
    }

    /** Sets the five income columns so that per-capita net income falls as asked. */
    private void income(Household h, Position position) {
      long line = LINE.get(h.incomeYear);
      int n = h.size();
      long net;
      switch (position) {
        case ON:
          net = line * n;
          break;
        case CENT_ABOVE:
          net = line * n + 1;
          break;
        case CENT_BELOW:
          net = line * n - 1;
          break;
        case BELOW:
          net = Math.round(line * n * (0.55 + 0.43 * rnd.nextDouble()));
          break;
        default:
          net = Math.round(line * n * (1.03 + 1.25 * rnd.nextDouble()));
      }
      long expense =
          rnd.nextDouble() < 0.2 ? 0 : yuan(200 + rnd.nextInt(2300), rnd.nextDouble() < 0.2);
      long gross = net + expense;
      long able = h.members.stream().filter(Person::isAbleBodied).count();
      double wageShare = able == 0 ? 0.1 * rnd.nextDouble() : 0.3 + 0.35 * rnd.nextDouble();
      if (!h.attribute.equals("一般贫困户")) {
        wageShare *= 0.5;
      }
      double businessShare = Math.min(0.08 + 0.27 * rnd.nextDouble(), 0.85 - wageShare);
      long wage = Math.floorDiv((long) (gross * wageShare), 100) * 100;
      if (rnd.nextDouble() < 0.6) {
        wage = Math.floorDiv(wage, 10_000) * 10_000;
      }
      long business = Math.floorDiv((long) (gross * businessShare), 100) * 100;
      if (rnd.nextDouble() < 0.25) {
        business += 50;
      }
      long property = 0;
      if (rnd.nextDouble() < 0.5) {
        property = Math.min(yuan(100 + rnd.nextInt(700), false), gross / 10);
        property = Math.floorDiv(property, 100) * 100;
      }
      long transfer = gross - wage - business - property;
      if (transfer < 0) {
        throw new IllegalStateException("negative transfer income in " + h.id);
      }
      h.wage = wage;
      h.business = business;
      h.property = property;
      h.transfer = transfer;
      h.expense = expense;
      if (h.net() != net) {
        throw new IllegalStateException("net income mismatch in " + h.id);
      }
    }

    private void exitYear(Household h) {
      boolean above = h.net() > LINE.get(h.incomeYear) * h.size();
      boolean allMet = Arrays.stream(h.flags).allMatch("Y"::equals);
      if (above && allMet && h.incomeYear >= h.identifiedYear && rnd.nextDouble() < 0.5) {
        h.exitYear = Integer.toString(h.incomeYear);
      }
    }

    // -------------------------------------------------------------------------------------
    // small helpers

    private static long yuan(int whole, boolean half) {
      return whole * 100L + (half ? 50 : 0);
    }

    private int between(int lo, int hi) {
      return Draws.between(rnd, lo, hi);
    }

    private int pick(int[] weights) {
      return Draws.pick(rnd, weights);
    }

    private int pick(int[] values, int[] weights) {
      return values[pick(weights)];
    }

    private LocalDate birthDate(int year, int age) {
      LocalDate start = LocalDate.of(year - age, 1, 1);
      return start.plusDays(rnd.nextInt(start.lengthOfYear()));
    }

    private String residentId(LocalDate birth, boolean male) {
      while (true) {
        int sequence = 2 * rnd.nextInt(500) + (male ? 1 : 0);
        String first17 = COUNTY + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format(Locale.ROOT, "%03d", sequence);
        String id = first17 + checkCharacter(first17);
        if (usedIds.add(id)) {
          return id;
        }
      }
    }
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID.
   *
   * @param first17  the first 17 digits
   * @return the check character
   */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static String zh(String key) {
    if (key.equals(REMARK)) {
      return REMARK_ZH;
    }
    for (String[] c : COLUMNS) {
      if (c[0].equals(key)) {
        return c[1];
      }
    }
    throw new IllegalArgumentException("unknown column key: " + key);
  }

  // ---------------------------------------------------------------------------------------
  // CSV

  private static void write(Path file, List<String> keys, List<String> header,
      List<Map<String, String>> rows) throws IOException {
    StringBuilder sb = new StringBuilder();
    appendRecord(sb, header);
    for (Map<String, String> r : rows) {
      List<String> values = new ArrayList<>();
      for (String k : keys) {
        values.add(r.getOrDefault(k, ""));
      }
      appendRecord(sb, values);
    }
    Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void appendRecord(StringBuilder sb, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = values.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
          || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append('\n');
  }
}
