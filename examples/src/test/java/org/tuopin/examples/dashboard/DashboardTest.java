package org.tuopin.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's endpoints through a real HTTP client (the page itself: .ci/dashboard-browser.sh). */
class DashboardTest {

  private static HttpServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = Dashboard.start(new InetSocketAddress("127.0.0.1", 0));
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, Path file) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The values of a field wherever it occurs, as text. */
  private static List<String> values(String json, String field) throws IOException {
    List<String> values = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
          p.nextToken();
          values.add(p.getText());
        }
      }
    }
    return values;
  }

  @Test
  void test_page() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.body()).contains("<svg id=\"chart\"").contains("/api/assess?report=villages");
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void test_villages_ofTheSample() throws Exception {
    HttpResponse<String> r = get("/api/assess?report=villages&lang=zh");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(values(r.body(), "village_code")).hasSize(5).contains("511921105201");
    assertThat(values(r.body(), "incidence")).contains("0.0181");
    assertThat(values(r.body(), "source")).containsExactly("roster.csv", "villages.csv");
  }

  @Test
  void test_upload_brokenRoster_reportsItsErrors() throws Exception {
    HttpResponse<String> r = post("/api/assess?report=households&lang=en", Path.of("data/roster-broken.csv"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(values(r.body(), "rows_read")).containsExactly("43");
    assertThat(values(r.body(), "rows_rejected")).containsExactly("16");
    assertThat(values(r.body(), "reason")).hasSize(16);
    // personal data stays redacted in the errors
    assertThat(r.body()).doesNotContainPattern("\\d{17}[\\dX]");
  }

  @Test
  void test_regions_ofAnUpload() throws Exception {
    HttpResponse<String> r = post("/api/assess?report=regions", Path.of("data/roster.csv"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(values(r.body(), "level")).contains("township", "county");
  }

  @Test
  void test_household_explainedInChinese() throws Exception {
    HttpResponse<String> r = get("/api/household?id=5119211052010001");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(values(r.body(), "verdict")).containsExactly("NOT_ELIGIBLE");
    assertThat(values(r.body(), "explanation").get(0)).contains("不符合退出条件").contains("人均纯收入");
    assertThat(get("/api/household?id=1").statusCode()).isEqualTo(404);
  }

  @Test
  void test_measures_byVillage() throws Exception {
    HttpResponse<String> r = get("/api/measures?by=village");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(values(r.body(), "group")).containsExactly("all", "511921105201", "511921105202", "511921105203",
        "511921105204", "511921105205");
    assertThat(values(r.body(), "fgt0")).hasSize(6);
  }

  @Test
  void test_progress() throws Exception {
    HttpResponse<String> r = get("/api/progress");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(values(r.body(), "status")).isNotEmpty();
  }

  @Test
  void test_badRequests_answer400WithAnError() throws Exception {
    for (String path : List.of("/api/assess?standard=cn.nowhere", "/api/assess?report=people",
        "/api/measures?by=street", "/api/assess?lang=fr")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(values(r.body(), "error")).as(path).hasSize(1);
    }
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/api/assess"))
        .method("PUT", HttpRequest.BodyPublishers.ofString("x", StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }
}
