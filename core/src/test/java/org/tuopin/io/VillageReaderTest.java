package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.village.Facilities;
import org.tuopin.village.Facility;
import org.tuopin.village.Village;

class VillageReaderTest {

  private static final String HEADER = "village_code,name,population,households,collective_income,disposable_income,"
      + "road,water,clinic,broadband,leadership,tidy_environment";
  private static final String HEADER_ZH = "行政区划代码,村名,农村人口,总户数,村集体经济收入,人均可支配收入,"
      + "通村硬化路,安全饮水,卫生室,宽带网络,双强班子,村容整洁";

  private static final String V1 = "511921105201,杨柏村,2430,752,32600.00,9862.40,是,是,1,yes,TRUE,否";
  private static final String V2 = "511921105202,青杠村,1860,571,10000,8315,否,是,,0,No,";
  private static final String V3 = "511921105203,,1820,,,,,,,,,";

  private static VillageImport read(String csv) throws IOException {
    return VillageReader.create().read(new StringReader(csv), "villages.csv");
  }

  private static String rows(String header, String... rows) {
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void test_read_buildsVillagesInFileOrder() throws IOException {
    VillageImport r = read(rows(HEADER, V1, V2, V3));
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.rowsAccepted()).isEqualTo(3);
    assertThat(r.rowsRejected()).isZero();
    assertThat(r.errors()).isEmpty();
    assertThat(r.summary()).isEqualTo("rows: 3 read, 3 accepted, 0 rejected");
    assertThat(r.villages()).extracting(v -> v.code().toString())
        .containsExactly("511921105201", "511921105202", "511921105203");

    Village v1 = r.village(RegionCode.parse("511921105201")).orElseThrow();
    assertThat(v1.name()).contains("杨柏村");
    assertThat(v1.population()).isEqualTo(2430);
    assertThat(v1.households()).isEqualTo(OptionalLong.of(752));
    assertThat(v1.collectiveIncome()).contains(Yuan.of(32600));
    assertThat(v1.disposableIncome()).contains(Yuan.parse("9862.40"));
    assertThat(v1.facility(Facilities.ROAD)).isEqualTo(Tristate.MET);
    assertThat(v1.facility(Facilities.CLINIC)).isEqualTo(Tristate.MET);
    assertThat(v1.facility(Facilities.BROADBAND)).isEqualTo(Tristate.MET);
    assertThat(v1.facility(Facilities.LEADERSHIP)).isEqualTo(Tristate.MET);
    assertThat(v1.facility(Facilities.TIDY_ENVIRONMENT)).isEqualTo(Tristate.NOT_MET);
    assertThat(v1.facility(Facilities.CULTURE_ROOM)).as("column absent").isEqualTo(Tristate.UNKNOWN);

    Village v2 = r.village(RegionCode.parse("511921105202")).orElseThrow();
    assertThat(v2.collectiveIncome()).contains(Yuan.of(10000));
    assertThat(v2.facility(Facilities.ROAD)).isEqualTo(Tristate.NOT_MET);
    assertThat(v2.facility(Facilities.CLINIC)).as("empty cell").isEqualTo(Tristate.UNKNOWN);
    assertThat(v2.facility(Facilities.BROADBAND)).isEqualTo(Tristate.NOT_MET);
    assertThat(v2.facility(Facilities.LEADERSHIP)).isEqualTo(Tristate.NOT_MET);

    Village v3 = r.village(RegionCode.parse("511921105203")).orElseThrow();
    assertThat(v3).isEqualTo(Village.of(RegionCode.parse("511921105203"), 1820));
    assertThat(r.village(RegionCode.parse("511921105204"))).isEmpty();
  }

  @Test
  void test_read_chineseHeadersAndByteOrderMark_giveTheSameVillages() throws IOException {
    VillageImport en = read(rows(HEADER, V1, V2, V3));
    VillageImport zh = read("\uFEFF" + rows(HEADER_ZH, V1, V2, V3));
    assertThat(zh.villages()).isEqualTo(en.villages());
    assertThat(zh.errors()).isEmpty();
    assertThat(zh.unknownColumns()).isEmpty();
  }

  @Test
  void test_read_byteOrderMarkBeforeTheFirstKey() throws IOException {
    VillageImport r = read("\uFEFFvillage_code,population\n511921105201,2430\n");
    assertThat(r.villages()).containsExactly(Village.of(RegionCode.parse("511921105201"), 2430));
  }

  @Test
  void test_read_columnOrderIsFree_andUnknownColumnsAreKeptAside() throws IOException {
    VillageImport r = read("备注,population,村名,village_code,remark\n\"any, text\",2140,柳林村,511921105205,x\n");
    assertThat(r.unknownColumns()).containsExactly("备注", "remark");
    assertThat(r.errors()).isEmpty();
    assertThat(r.villages()).singleElement().satisfies(v -> {
      assertThat(v.code()).hasToString("511921105205");
      assertThat(v.name()).contains("柳林村");
      assertThat(v.population()).isEqualTo(2140);
    });
  }

  @Test
  void test_read_eachBadValueIsNamedWithLineAndColumn() throws IOException {
    String header = "village_code,zone,population,households,collective_income,disposable_income,clinic";
    VillageImport r = read(rows(header,
        "51192110520,,100,,,,",
        "511921,,100,,,,",
        "511921105203,north,100,,,,",
        "511921105204,,-5,,,,",
        "511921105205,,12.5,,,,",
        "511921105206,,,,,,",
        "511921105207,,100,many,,,",
        "511921105208,,100,,1.234,,",
        "511921105209,,100,,,-300,",
        "511921105210,,100,,两千,,",
        "511921105211,,100,,,,可能",
        "511921105212,,100,,,",
        "511921105213,,100,20,1000,9000.5,是"));
    assertThat(r.rowsRead()).isEqualTo(13);
    assertThat(r.rowsRejected()).isEqualTo(12);
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(r.summary()).isEqualTo("rows: 13 read, 1 accepted, 12 rejected");
    assertThat(r.errors()).extracting(RowError::toString).satisfiesExactly(
        e -> assertThat(e).startsWith("line 2, column village_code: ").contains("12 digits", "'51192110520'"),
        e -> assertThat(e).startsWith("line 3, column village_code: ").contains("village", "county", "'511921'"),
        e -> assertThat(e).startsWith("line 4, column zone: ").contains("east, central or west", "'north'"),
        e -> assertThat(e).startsWith("line 5, column population: ").contains("non-negative whole number", "'-5'"),
        e -> assertThat(e).startsWith("line 6, column population: ").contains("non-negative whole number", "'12.5'"),
        e -> assertThat(e).startsWith("line 7, column population: ").contains("required"),
        e -> assertThat(e).startsWith("line 8, column households: ").contains("non-negative whole number", "'many'"),
        e -> assertThat(e).startsWith("line 9, column collective_income: ").contains("two decimals", "'1.234'"),
        e -> assertThat(e).startsWith("line 10, column disposable_income: ").contains("negative", "'-300'"),
        e -> assertThat(e).startsWith("line 11, column collective_income: ").contains("'两千'"),
        e -> assertThat(e).startsWith("line 12, column clinic: ").contains("是/否", "'可能'"),
        e -> assertThat(e).startsWith("line 13, column *: ").contains("6 fields", "7"));
    assertThat(r.villages()).extracting(v -> v.code().toString()).containsExactly("511921105213");
  }

  @Test
  void test_read_errorsNameTheColumnAsHeadedInTheFile() throws IOException {
    VillageImport r = read(rows("行政区划代码,农村人口,区域,卫生室", "511921105201,两千,西部,有"));
    assertThat(r.errors()).extracting(RowError::toString).containsExactly(
        "line 2, column 农村人口: population must be a non-negative whole number: '两千'",
        "line 2, column 卫生室: flag must be 是/否, 1/0, true/false, yes/no or empty: '有'");
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.villages()).isEmpty();
  }

  @Test
  void test_read_lineNumbersCountQuotedLineBreaks() throws IOException {
    VillageImport r = read("village_code,name,population\n511921105201,\"杨柏村\n(旧名)\",2430\n511921105202,,x\n");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isEqualTo("population");
    });
  }

  @Test
  void test_read_duplicateVillageCode_rejectsTheRepeatNamingTheFirstLine() throws IOException {
    VillageImport r = read(rows(HEADER, V1, V2, V1.replace("2430", "2431"), V3));
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.errors()).singleElement().hasToString("line 4, column village_code: village code 511921105201 "
        + "is already used on line 2 (must be unique in the file)");
    assertThat(r.village(RegionCode.parse("511921105201"))).map(Village::population).contains(2430L);
    assertThat(r.villages()).hasSize(3);
  }

  @Test
  void test_read_duplicateOfARejectedRow_isStillRejected() throws IOException {
    VillageImport r = read(rows("village_code,population", "511921105201,-1", "511921105201,2430"));
    assertThat(r.rowsRejected()).isEqualTo(2);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    assertThat(r.errors().get(1).reason()).contains("line 2");
    assertThat(r.villages()).isEmpty();
  }

  @Test
  void test_read_zoneDefaultsFromTheProvince() throws IOException {
    VillageImport r = read(rows("village_code,population,zone",
        "511921105201,2430,", "430121100201,1800,", "320721100201,2000,"));
    assertThat(r.villages()).extracting(Village::zone).containsExactly(Zone.WEST, Zone.CENTRAL, Zone.EAST);
    VillageImport noColumn = read(rows("village_code,population", "511921105201,2430", "430121100201,1800",
        "320721100201,2000"));
    assertThat(noColumn.villages()).extracting(Village::zone).containsExactly(Zone.WEST, Zone.CENTRAL, Zone.EAST);
  }

  @Test
  void test_read_explicitZoneOverridesTheProvince() throws IOException {
    VillageImport r = read(rows("village_code,population,区域",
        "511921105201,2430,东部", "511921105202,1860,central", "320721100201,2000,西", "430121100201,1800,West"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.villages()).extracting(Village::zone)
        .containsExactly(Zone.EAST, Zone.CENTRAL, Zone.WEST, Zone.WEST);
  }

  @Test
  void test_read_missingRequiredColumn_isAFormatErrorNamingIt() {
    assertThatThrownBy(() -> read("village_code,name\n511921105201,杨柏村\n"))
        .isInstanceOf(TableFormatException.class)
        .isNotInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("villages.csv: ")
        .hasMessageContaining("population (农村人口)")
        .hasMessageNotContaining("village_code");
  }

  @Test
  void test_read_columnHeadedTwice_isAFormatError() {
    assertThatThrownBy(() -> read("village_code,population,农村人口\n"))
        .isInstanceOf(TableFormatException.class)
        .hasMessageContaining("population").hasMessageContaining("'population' and '农村人口'");
  }

  @Test
  void test_read_emptyFile_isAFormatError() {
    assertThatThrownBy(() -> read("")).isInstanceOf(TableFormatException.class).hasMessageContaining("empty");
  }

  @Test
  void test_read_headerOnly_readsNoRows() throws IOException {
    VillageImport r = read("village_code,population\n");
    assertThat(r.rowsRead()).isZero();
    assertThat(r.villages()).isEmpty();
    assertThat(r.summary()).isEqualTo("rows: 0 read, 0 accepted, 0 rejected");
  }

  @Test
  void test_read_path_namesTheSourceByFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("村.csv");
    Files.writeString(file, "\uFEFF" + rows(HEADER_ZH, V1), StandardCharsets.UTF_8);
    VillageImport r = VillageReader.create().read(file);
    assertThat(r.source()).isEqualTo("村.csv");
    assertThat(r.villages()).hasSize(1);
    assertThat(r).hasToString("村.csv: rows: 1 read, 1 accepted, 0 rejected; villages: 1");
  }

  @Test
  void test_read_nullArguments() {
    VillageReader reader = VillageReader.create();
    assertThatThrownBy(() -> reader.read(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("csv");
    assertThatThrownBy(() -> reader.read(new StringReader(""), null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> reader.read((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("file");
  }

  @Test
  void test_columns_matchTheDataContract() {
    assertThat(Arrays.stream(VillageColumn.values()).map(c -> c.key() + " " + c.zh() + (c.isRequired() ? " *" : ""))
        .collect(Collectors.toList())).containsExactly(
            "village_code 行政区划代码 *", "name 村名", "zone 区域", "population 农村人口 *", "households 总户数",
            "collective_income 村集体经济收入", "disposable_income 人均可支配收入", "road 通村硬化路", "water 安全饮水",
            "electricity 生活用电", "clinic 卫生室", "culture_room 文化室", "broadband 宽带网络", "radio_tv 广播电视",
            "leadership 双强班子", "development_plan 发展规划", "farm_facilities 高产高效农业设施",
            "leading_industry 特色主导产业", "info_network 信息网络", "civility 文明村风", "tidy_environment 村容整洁");
  }

  @Test
  void test_columns_theFourteenFlagsAreTheFacilities() {
    List<Facility> flags = Arrays.stream(VillageColumn.values()).flatMap(c -> c.facility().stream())
        .collect(Collectors.toList());
    assertThat(flags).isEqualTo(Facilities.all());
    for (VillageColumn c : VillageColumn.values()) {
      c.facility().ifPresent(f -> assertThat(f.key()).isEqualTo(c.key()));
    }
    assertThat(VillageColumn.POPULATION.facility()).isEmpty();
    assertThat(VillageColumn.find("卫生室")).contains(VillageColumn.CLINIC);
    assertThat(VillageColumn.find("clinic")).contains(VillageColumn.CLINIC);
    assertThat(VillageColumn.find("Clinic")).isEmpty();
  }
}
