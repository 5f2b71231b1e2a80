package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input layer (issue 14): encodings detected or given, workbooks, and fatal input errors
 * that name the file, the line and the cause.
 */
class TableInputTest {

  private static final String HEADER = "village_code,household_id,person_id,relation,income_year,wage_income,"
      + "business_income,property_income,transfer_income,business_expense";
  private static final String HEADER_ZH = "行政区划代码,户编号,人编号,与户主关系,收入年度,工资性收入,"
      + "生产经营性收入,财产性收入,转移性收入,生产经营性支出";
  private static final String H1 = "511921105201,H1,P1,户主,2015,6000,1180,6000,4205,1000";
  private static final String H1_B = "511921105201,H1,P2,配偶,2015,6000,1180,6000,4205,1000";
  private static final String H2 = "511921105202,H2,P3,户主,2016,3000.5,0,0,0,0";
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir
  Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static String rows(String header, String... rows) {
    return header + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  @Test
  void test_encoding_detectedUtf8Gb18030AndGbk() throws IOException {
    String text = rows(HEADER_ZH, H1, H1_B, H2);
    Path utf8 = file("utf8.csv", text.getBytes(StandardCharsets.UTF_8));
    Path gbk = file("gbk.csv", text.getBytes(GBK));
    Path gb = file("gb.csv", text.getBytes(TableInput.GB18030));
    assertThat(TableInput.of(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TableInput.of(utf8).isUtf8Csv()).isTrue();
    assertThat(TableInput.of(gbk).charset()).isEqualTo(TableInput.GB18030);
    assertThat(TableInput.of(gbk).isUtf8Csv()).isFalse();
    assertThat(TableInput.of(gb).charset()).isEqualTo(TableInput.GB18030);
    RosterImport expected = RosterReader.create().read(utf8);
    for (Path f : List.of(gbk, gb)) {
      RosterImport r = RosterReader.create().read(f);
      assertThat(r.households()).isEqualTo(expected.households());
      assertThat(r.summary()).isEqualTo("rows: 3 read, 3 accepted, 0 rejected");
    }
    assertThat(RosterReader.create().withEncoding(GBK).read(gbk).households()).isEqualTo(expected.households());
  }

  @Test
  void test_encoding_badBytesNameTheFileTheLineTheOffsetAndTheEncodings() throws IOException {
    byte[] head = (HEADER + "\n" + H1 + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = 'x';
    bytes[head.length + 2] = '\n';
    Path bad = file("bad.csv", bytes);
    assertThatThrownBy(() -> RosterReader.create().read(bad))
        .isInstanceOf(RosterFormatException.class)
        .hasMessage("bad.csv: line 3: bytes 0xFF at byte offset " + head.length
            + " are neither UTF-8 nor GB18030 text (as GB18030, the first bad bytes are on line 3, at byte offset "
            + head.length + ")");
    Path gbk = file("gbk.csv", rows(HEADER_ZH, H1).getBytes(GBK));
    assertThatThrownBy(() -> RosterReader.create().withEncoding(StandardCharsets.UTF_8).read(gbk))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("gbk.csv: line 1: bytes 0x")
        .hasMessageEndingWith("at byte offset 0 are no UTF-8 text (the encoding given)");
    assertThatThrownBy(() -> VillageReader.create().withEncoding(StandardCharsets.UTF_8).read(gbk))
        .isInstanceOf(TableFormatException.class).hasMessageContaining("are no UTF-8 text");
  }

  @Test
  void test_separator_semicolonOrTabHinted() throws IOException {
    Path semi = file("semi.csv", rows(HEADER.replace(',', ';'), H1.replace(',', ';')).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> RosterReader.create().read(semi))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("semi.csv: required columns missing: village_code (行政区划代码), ")
        .hasMessageEndingWith("; the header looks separated by ';' — the roster is comma-separated");
    Path tab = file("tab.csv", "village_code\tpopulation\n511921105201\t2430\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> VillageReader.create().read(tab))
        .hasMessageEndingWith("; the header looks separated by tabs — the village file is comma-separated");
    Path plain = file("plain.csv", "village_code,name\n511921105201,x\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> VillageReader.create().read(plain))
        .hasMessage("plain.csv: required columns missing: population (农村人口)");
  }

  @Test
  void test_bom_followedByAQuotedHeaderIsRead() throws IOException {
    String quoted = "\uFEFF\"" + HEADER.replace(",", "\",\"") + "\"\n" + H1 + "\n" + H2 + "\n";
    Path f = file("bom.csv", quoted.getBytes(StandardCharsets.UTF_8));
    assertThat(RosterReader.create().read(f).summary()).isEqualTo("rows: 2 read, 2 accepted, 0 rejected");
    assertThat(RosterReader.create().read(new StringReader(quoted), "bom.csv").households()).hasSize(2);
    Path gb = file("bom-gb.csv", quoted.getBytes(TableInput.GB18030));
    assertThat(RosterReader.create().read(gb).households()).hasSize(2);
  }

  @Test
  void test_fastCsvLimits_keepTheirCause() throws IOException {
    StringBuilder wide = new StringBuilder(HEADER);
    for (int i = 0; i < 16_400; i++) {
      wide.append(",x").append(i);
    }
    Path many = file("wide.csv", (wide + "\n").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> RosterReader.create().read(many))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("wide.csv: malformed CSV after line 1: ")
        .hasMessageContaining("16384");
    String big = HEADER + "\n" + H1.replace("H1,P1", "H1,\"" + "a".repeat((16 << 20) + 1) + "\"") + "\n";
    Path huge = file("huge.csv", big.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> RosterReader.create().read(huge))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("huge.csv: malformed CSV after line 1: ")
        .hasMessageContaining("16777216");
  }

  @Test
  void test_workbook_readsTheFirstSheetOrTheOneNamed() throws IOException {
    Path xlsx = dir.resolve("roster.xlsx");
    try (OutputStream os = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      write(wb.newWorksheet("说明"), "说明", "this sheet is notes");
      Worksheet ws = wb.newWorksheet("花名册");
      String[] header = (HEADER + ",birth_date,food").split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      // row 2: numbers as numbers, a date, a boolean, trailing cells absent
      String[] h1 = H1.split(",");
      for (int c = 0; c < 4; c++) {
        ws.value(1, c, h1[c]);
      }
      ws.value(1, 4, 2015);
      ws.value(1, 5, new BigDecimal("6000.10"));
      ws.value(1, 6, 1180.5);
      ws.value(1, 7, 0);
      ws.value(1, 8, 4205);
      ws.value(1, 9, 1000);
      ws.value(1, 10, LocalDate.of(1949, 12, 31));
      ws.style(1, 10).format("yyyy/m/d").set();
      ws.value(1, 11, true);
      // row 3 empty, row 4: a bad amount
      String[] h2 = H2.split(",");
      for (int c = 0; c < h2.length; c++) {
        ws.value(3, c, h2[c]);
      }
      ws.value(3, 5, "lots");
      wb.finish();
    }
    assertThatThrownBy(() -> RosterReader.create().read(xlsx))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("roster.xlsx, sheet '说明': required columns missing: village_code");
    RosterImport r = RosterReader.create().withSheet("花名册").read(xlsx);
    assertThat(r.source()).isEqualTo("roster.xlsx, sheet '花名册'");
    assertThat(r.summary()).isEqualTo("rows: 2 read, 1 accepted, 1 rejected");
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).toString()).startsWith("line 4, column wage_income (F): ");
    var h = r.households().get(0);
    assertThat(h.income().wage().toPlainString()).isEqualTo("6000.10");
    assertThat(h.income().business().toPlainString()).isEqualTo("1180.50");
    assertThat(h.members().get(0).birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThatThrownBy(() -> RosterReader.create().withSheet("Sheet1").read(xlsx))
        .isInstanceOf(RosterFormatException.class)
        .hasMessage("roster.xlsx: no sheet named 'Sheet1'; its sheets are '说明', '花名册'");
  }

  @Test
  void test_workbook_thatIsNotOneIsAFormatError() throws IOException {
    Path fake = file("fake.xlsx", rows(HEADER, H1).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> RosterReader.create().read(fake))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageStartingWith("fake.xlsx: cannot be read as an .xlsx workbook: ");
  }

  private static void write(Worksheet ws, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      ws.value(0, c, cells[c]);
    }
  }
}
