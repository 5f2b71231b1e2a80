package org.tuopin.examples.dashboard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import org.tuopin.basics.Language;
import org.tuopin.basics.NotFoundException;
import org.tuopin.examples.plans.ProgressReportJson;
import org.tuopin.examples.plans.Seed000Township;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.VillageImport;
import org.tuopin.measure.GroupMeasures;
import org.tuopin.measure.Measure;
import org.tuopin.measure.MeasureTable;
import org.tuopin.measure.Measures;
import org.tuopin.measure.Welfare;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standards.Samples;

/**
 * A county dashboard over the library, on the JDK's own HTTP server: JSON endpoints and one
 * static page that charts incidence by village, shows the targets' progress as bars and a
 * household's explanation in Chinese.
 *
 * <pre>
 * java -cp examples/target/tuopin.jar org.tuopin.examples.dashboard.Dashboard [PORT]
 * </pre>
 *
 * <p>Endpoints (GET reads the bundled sample roster; POST reads the roster CSV in the body):
 * <ul>
 * <li>{@code /api/assess?standard=ID&report=households|villages|regions&lang=zh|en}: the
 *     library's report as JSON, with its row accounting and errors;
 * <li>{@code /api/household?id=ID&standard=ID&lang=zh|en}: one household's verdict and explanation;
 * <li>{@code /api/measures?standard=ID&by=village|township|county}: FGT, Watts, Gini, Theil, MLD by group;
 * <li>{@code /api/progress}: the progress of the sample township plan (seed 000);
 * <li>{@code /}: the page.
 * </ul>
 * Errors answer 400 (bad request) or 404 with {@code {"error": "..."}}.
 */
public final class Dashboard {

  private static final int MAX_UPLOAD = 64 * 1024 * 1024;
  private static final List<Measure> MEASURES = List.of(Measure.FGT0, Measure.FGT1, Measure.FGT2, Measure.WATTS,
      Measure.GINI, Measure.THEIL, Measure.MLD);

  private Dashboard() {
  }

  /**
   * Starts the dashboard on a port (default 8080; 0 picks a free one) and prints its address.
   *
   * @param args  the port, optionally
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    HttpServer server = start(new InetSocketAddress("127.0.0.1", port));
    System.out.println("Tuopin dashboard: http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Starts a dashboard server.
   *
   * @param address  where to listen
   * @return the running server; {@code stop(0)} it when done
   * @throws IOException if the address cannot be bound
   */
  public static HttpServer start(InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    server.createContext("/", Dashboard::page);
    server.createContext("/api/assess", e -> handle(e, Dashboard::assess));
    server.createContext("/api/household", e -> handle(e, Dashboard::household));
    server.createContext("/api/measures", e -> handle(e, Dashboard::measures));
    server.createContext("/api/progress", e -> handle(e, Dashboard::progress));
    server.setExecutor(Executors.newFixedThreadPool(4, task -> {
      Thread t = new Thread(task, "dashboard");
      t.setDaemon(true);  // the server's own dispatcher thread keeps the process alive until stop()
      return t;
    }));
    server.start();
    return server;
  }

  /** An endpoint: writes JSON to the stream. */
  private interface Endpoint {
    void answer(HttpExchange exchange, Map<String, String> query, OutputStream json) throws IOException;
  }

  /** A request the dashboard cannot answer: 400, or 404 for an unknown household. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static void handle(HttpExchange exchange, Endpoint endpoint) throws IOException {
    try (exchange) {
      int status = 200;
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      try {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
          throw new BadRequest(405, "method " + method + " is not allowed");
        }
        endpoint.answer(exchange, query(exchange), body);
      } catch (BadRequest ex) {
        status = ex.status;
        body = error(ex.getMessage());
      } catch (NotFoundException | IllegalArgumentException ex) {
        status = 400;
        body = error(ex.getMessage());
      } catch (IOException | RuntimeException ex) {
        status = 500;
        body = error("cannot answer: " + ex);
      }
      byte[] bytes = body.toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static ByteArrayOutputStream error(String message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeEndObject();
    }
    return out;
  }

  private static void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals("/") && !path.equals("/index.html")) {
        byte[] missing = "not found\n".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(404, missing.length);
        exchange.getResponseBody().write(missing);
        return;
      }
      byte[] html;
      try (InputStream in = Dashboard.class.getResourceAsStream("index.html")) {
        html = in.readAllBytes();
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, html.length);
      exchange.getResponseBody().write(html);
    }
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  /** The roster of a request: the POST body, or the bundled sample for GET. */
  private static RosterImport roster(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("GET")) {
      return Samples.roster();
    }
    byte[] body = exchange.getRequestBody().readNBytes(MAX_UPLOAD + 1);
    if (body.length > MAX_UPLOAD) {
      throw new BadRequest(413, "the roster is larger than " + MAX_UPLOAD / (1024 * 1024) + " MiB");
    }
    return RosterReader.create().read(
        new InputStreamReader(new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8), "upload.csv");
  }

  private static StandardSet standard(Map<String, String> query) {
    return StandardSets.of(query.getOrDefault("standard", "cn.national"));
  }

  private static Language lang(Map<String, String> query) {
    return Language.parse(query.getOrDefault("lang", "zh"));
  }

  private static void assess(HttpExchange exchange, Map<String, String> query, OutputStream json)
      throws IOException {
    StandardSet standard = standard(query);
    String report = query.getOrDefault("report", "households");
    RosterImport roster = roster(exchange);
    List<Assessment<HouseholdId>> assessments = roster.assess(standard);
    Report<?> written;
    Optional<VillageImport> villages = Optional.empty();
    switch (report) {
      case "households" -> written = Reports.households(assessments, standard);
      case "villages", "regions" -> {
        // the sample's village file for the sample roster; an upload rolls up without populations
        villages = exchange.getRequestMethod().equals("GET") ? Optional.of(Samples.villages()) : Optional.empty();
        RollUp.Builder rollUp = RollUp.builder();
        villages.ifPresent(v -> v.villages().forEach(village -> rollUp.village(village.code(), village.population())));
        assessments.forEach(rollUp::household);
        if (report.equals("villages")) {
          if (standard.villageCriteria().isEmpty()) {
            throw new BadRequest(400, "standard set " + standard.id() + " has no village criteria");
          }
          written = Reports.villages(rollUp.build(), villages, standard);
        } else {
          written = Reports.regions(rollUp.build(), standard);
        }
      }
      default -> throw new BadRequest(400, "report must be households, villages or regions: '" + report + "'");
    }
    List<RowAccount> accounts = new java.util.ArrayList<>(List.of(RowAccount.of(roster)));
    villages.ifPresent(v -> accounts.add(RowAccount.of(v)));
    written.withAccounts(accounts).writeJson(json, lang(query));
  }

  private static void household(HttpExchange exchange, Map<String, String> query, OutputStream json)
      throws IOException {
    StandardSet standard = standard(query);
    Language lang = lang(query);
    String id = query.getOrDefault("id", "");
    RosterImport roster = roster(exchange);
    Assessment<HouseholdId> found = roster.assess(standard).stream()
        .filter(a -> a.subject().toString().equals(id)).findFirst()
        .orElseThrow(() -> new BadRequest(404, "no household " + id + " in " + roster.source()));
    try (JsonGenerator g = new JsonFactory().createGenerator(json).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("household_id", id);
      g.writeStringField("standard", standard.id().toString());
      g.writeStringField("verdict", found.verdict().name());
      g.writeStringField("verdict_label", found.verdict().label().in(lang));
      g.writeStringField("explanation", found.explain(lang));
      g.writeEndObject();
    }
  }

  private static void measures(HttpExchange exchange, Map<String, String> query, OutputStream json)
      throws IOException {
    StandardSet standard = standard(query);
    String by = query.getOrDefault("by", "village");
    RegionLevel level;
    try {
      level = RegionLevel.valueOf(by.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new BadRequest(400, "by must be a region level such as village or county: '" + by + "'");
    }
    RosterImport roster = roster(exchange);
    List<org.tuopin.registry.Household> covered = roster.households().stream()
        .filter(h -> standard.effectiveYears().contains(h.income().year())).toList();
    if (covered.isEmpty()) {
      throw new BadRequest(400, "no household of " + roster.source() + " is covered by " + standard.id());
    }
    MeasureTable table = Measures.byGroup(Welfare.ofHouseholds(covered, standard, Welfare.byRegion(level)));
    try (JsonGenerator g = new JsonFactory().createGenerator(json).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("standard", standard.id().toString());
      g.writeStringField("by", by);
      g.writeNumberField("households", covered.size());
      g.writeNumberField("left_out", roster.households().size() - covered.size() + roster.incomplete().size());
      g.writeArrayFieldStart("groups");
      for (GroupMeasures m : table.rows()) {
        g.writeStartObject();
        g.writeStringField("group", m.group());
        g.writeNumberField("n", m.n());
        g.writeNumberField("population", m.population());
        for (Measure measure : MEASURES) {
          OptionalDouble v = m.value(measure);
          if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
            g.writeNumberField(measure.key(), v.getAsDouble());
          } else {
            g.writeNullField(measure.key());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void progress(HttpExchange exchange, Map<String, String> query, OutputStream json)
      throws IOException {
    json.write(ProgressReportJson.toJson(Seed000Township.plan()
        .progress(Seed000Township.observations(), Seed000Township.REPORT_DATE, 1)).getBytes(StandardCharsets.UTF_8));
  }
}
