package io.docklab.classroom.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventJson;
import io.docklab.classroom.EventKind;
import io.docklab.classroom.InvalidEvent;
import io.docklab.classroom.Tokens;
import io.docklab.classroom.store.ClassStore;
import io.docklab.classroom.store.ClassStore.StoredLearner;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The class server: the routes of docs/classroom-api.md on Javalin, over a {@link ClassStore}. */
public final class ClassServer implements AutoCloseable {
  /** The largest request body taken. */
  public static final int MAX_BODY = 64 * 1024;

  /**
   * The most threads that serve requests. Jetty's default (200) grew to 186 threads and the server
   * to 286 MB under 300 learners on a busy machine: each request's own work is short and the store
   * writes one group at a time, so more threads only wait, and cost memory.
   */
  static final int MAX_THREADS = 32;

  /** The cookie the dashboard holds the teacher's token in. */
  static final String COOKIE = "docklab_teacher";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClassStore store;
  private final TeacherKey key;
  private final List<Path> lessonDirectories;
  private final ClassTable table;
  private final RateLimiter tokenLimiter = new RateLimiter(400, 100, System::nanoTime);
  private final RateLimiter joinLimiter = new RateLimiter(60, 2, System::nanoTime);
  private final Map<String, StoredLearner> learnersByHash = new ConcurrentHashMap<>();
  private final List<SseClient> dashboards = new CopyOnWriteArrayList<>();
  private final ExecutorService broadcaster =
      Executors.newSingleThreadExecutor(daemon("docklab-class-stream"));
  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(daemon("docklab-class-ping"));
  private Javalin app;

  private ClassServer(
      ClassStore store, TeacherKey key, List<Path> lessonDirectories, ClassTable table) {
    this.store = store;
    this.key = key;
    this.lessonDirectories = List.copyOf(lessonDirectories);
    this.table = table;
  }

  /**
   * Opens the class {@code key} names from {@code store}, with the table rebuilt from the stored
   * events and columns for {@code servedLessons}; not listening yet.
   */
  public static ClassServer open(
      ClassStore store,
      TeacherKey key,
      List<Path> lessonDirectories,
      Map<String, List<String>> servedLessons)
      throws SQLException {
    return open(store, key, lessonDirectories, servedLessons, ClassTable.DEFAULT_STUCK_MINUTES);
  }

  /** The same, with learners counted as stuck after {@code stuckMinutes} on one step. */
  public static ClassServer open(
      ClassStore store,
      TeacherKey key,
      List<Path> lessonDirectories,
      Map<String, List<String>> servedLessons,
      int stuckMinutes)
      throws SQLException {
    ClassTable table = new ClassTable(key.storedClass().name(), servedLessons, stuckMinutes);
    store.learners(key.storedClass().id()).forEach(table::add);
    store.events(
        key.storedClass().id(),
        stored -> table.apply(stored.learnerId(), stored.event(), stored.received()));
    return new ClassServer(store, key, lessonDirectories, table);
  }

  /** Starts listening on {@code host}:{@code port}; gives the port. */
  public int start(String host, int port) {
    return start(host, port, Optional.empty());
  }

  /**
   * Starts listening on {@code host}:{@code port}, over HTTPS with {@code tls} when given (plain
   * HTTP is then not served at all); gives the port.
   */
  public int start(String host, int port, Optional<TlsFiles> tls) {
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_BODY;
              tls.ifPresent(
                  files ->
                      config.jetty.addConnector(
                          (server, http) -> files.connector(server, http, host, port)));
              QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
              threads.setName("docklab-class-http");
              config.jetty.threadPool = threads;
              config.routes.exception(ApiError.class, ClassServer::refuse);
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> refuse(new ApiError(500, "the class server failed: " + e), ctx));
              config.routes.post("/api/v1/join", this::join);
              config.routes.post("/api/v1/learners/{learner}/events", this::events);
              config.routes.post("/api/v1/learners/{learner}/leave", this::leave);
              config.routes.get("/api/v1/lessons", this::lessons);
              config.routes.get("/api/v1/class", this::classInfo);
              config.routes.get("/api/v1/table", this::table);
              config.routes.get("/api/v1/table.csv", this::tableCsv);
              config.routes.post("/api/v1/session", this::session);
              config.routes.before("/api/v1/stream", this::teacher);
              config.routes.sse("/api/v1/stream", this::stream);
              config.routes.get("/", ctx -> page(ctx, "dashboard.html", "text/html"));
              config.routes.get(
                  "/dashboard.js", ctx -> page(ctx, "dashboard.js", "text/javascript"));
              config.routes.get("/dashboard.css", ctx -> page(ctx, "dashboard.css", "text/css"));
            });
    app.start(host, port);
    pinger.scheduleAtFixedRate(this::ping, 15, 15, TimeUnit.SECONDS);
    return app.port();
  }

  public String code() {
    return key.storedClass().code();
  }

  public String className() {
    return key.storedClass().name();
  }

  public String teacherToken() {
    return key.token();
  }

  // --- Routes ---

  private void join(Context ctx) throws SQLException {
    limit(joinLimiter, "address " + ctx.ip(), 1);
    JsonNode body = body(ctx);
    String code = field(body, "code", java.util.Set.of("code", "name"));
    String name = field(body, "name", java.util.Set.of("code", "name")).strip();
    if (!MessageDigest.isEqual(
        Tokens.normalizeCode(code).getBytes(StandardCharsets.UTF_8),
        code().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(403, "wrong class code");
    }
    if (name.isEmpty() || name.codePointCount(0, name.length()) > 64) {
      throw new ApiError(400, "\"name\" must be 1 to 64 characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new ApiError(400, "\"name\" must not hold control characters");
    }
    String token = Tokens.token(Tokens.LEARNER);
    StoredLearner learner =
        new StoredLearner(
            Tokens.id("l-"), key.storedClass().id(), name, Instant.now(), Optional.empty());
    String hash = Tokens.hash(token);
    store.addLearner(learner, hash);
    learnersByHash.put(hash, learner); // its first events need not ask the database who it is
    table.add(learner);
    broadcastRow(learner.id());
    ObjectNode answer = JSON.createObjectNode();
    answer.put("learner", learner.id());
    answer.put("token", token);
    answer.put("class", className());
    EventKind.wires().forEach(answer.putArray("sends")::add);
    json(ctx.status(201), answer);
  }

  private void events(Context ctx) throws SQLException {
    StoredLearner learner = ownLearner(ctx);
    List<ClassEvent> events;
    try {
      events = EventJson.parseBatch(body(ctx), Instant.now());
    } catch (InvalidEvent invalid) {
      throw new ApiError(400, invalid.getMessage());
    }
    limit(tokenLimiter, learner.id(), events.size() - 1);
    Instant received = Instant.now();
    ClassStore.Stored stored = store.store(learner.id(), events, received);
    stored.stored().forEach(event -> table.apply(learner.id(), event, received));
    if (!stored.stored().isEmpty()) {
      broadcastRow(learner.id());
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("stored", stored.stored().size());
    answer.put("duplicates", stored.duplicates());
    answer.put("last", stored.last());
    json(ctx, answer);
  }

  private void leave(Context ctx) throws SQLException {
    StoredLearner learner = ownLearner(ctx);
    Instant now = Instant.now();
    store.leave(learner.id(), now);
    learnersByHash.values().removeIf(cached -> cached.id().equals(learner.id()));
    table.left(learner.id(), now);
    broadcastRow(learner.id());
    json(ctx, JSON.createObjectNode().put("left", true));
  }

  private void lessons(Context ctx) throws SQLException {
    String token = bearer(ctx).orElseThrow(ClassServer::noToken);
    if (!isTeacher(token)) {
      learner(token);
    }
    json(ctx, LessonBundle.of(lessonDirectories));
  }

  private void classInfo(Context ctx) {
    teacher(ctx);
    ObjectNode answer = JSON.createObjectNode();
    answer.put("name", className());
    answer.put("code", code());
    answer.put("learners", table.learners());
    answer.put("events", table.events());
    answer.put("stuckMinutes", table.stuckMinutes());
    json(ctx, answer);
  }

  private void table(Context ctx) {
    teacher(ctx);
    json(ctx, table.toJson(Instant.now()));
  }

  private void tableCsv(Context ctx) {
    teacher(ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"class.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(table.toCsv());
  }

  private void session(Context ctx) {
    String token = bearer(ctx).orElseThrow(ClassServer::noToken);
    if (!isTeacher(token)) {
      throw isLearnerToken(token) ? teacherOnly() : unknownToken();
    }
    ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/api/v1; HttpOnly; SameSite=Strict");
    json(ctx, JSON.createObjectNode().put("class", className()));
  }

  private void stream(SseClient client) {
    client.keepAlive();
    client.onClose(() -> dashboards.remove(client));
    dashboards.add(client);
    broadcaster.execute(() -> send(client, "table", table.toJson(Instant.now())));
  }

  // --- Credentials ---

  /** The teacher's token from the header or the dashboard's cookie, else 401/403. */
  private void teacher(Context ctx) {
    Optional<String> token = bearer(ctx).or(() -> Optional.ofNullable(ctx.cookie(COOKIE)));
    if (token.isEmpty()) {
      throw noToken();
    }
    if (!isTeacher(token.get())) {
      throw isLearnerToken(token.get()) ? teacherOnly() : unknownToken();
    }
    limit(tokenLimiter, "teacher", 1);
  }

  /** The learner whose token came, when it is the one the path names, else 401/403. */
  private StoredLearner ownLearner(Context ctx) throws SQLException {
    String token = bearer(ctx).orElseThrow(ClassServer::noToken);
    if (isTeacher(token)) {
      throw new ApiError(403, "the teacher's token cannot post a learner's events");
    }
    StoredLearner learner = learner(token);
    if (!learner.id().equals(ctx.pathParam("learner"))) {
      throw new ApiError(403, "this token belongs to another learner");
    }
    limit(tokenLimiter, learner.id(), 1);
    return learner;
  }

  private StoredLearner learner(String token) throws SQLException {
    String hash = Tokens.hash(token);
    StoredLearner cached = learnersByHash.get(hash);
    if (cached != null) {
      return cached;
    }
    StoredLearner learner = store.learnerWithToken(hash).orElseThrow(ClassServer::unknownToken);
    if (!learner.classId().equals(key.storedClass().id())) {
      throw unknownToken();
    }
    learnersByHash.put(hash, learner);
    return learner;
  }

  private boolean isTeacher(String token) {
    return MessageDigest.isEqual(
        Tokens.hash(token).getBytes(StandardCharsets.UTF_8),
        key.storedClass().teacherTokenHash().getBytes(StandardCharsets.UTF_8));
  }

  private boolean isLearnerToken(String token) {
    try {
      learner(token);
      return true;
    } catch (ApiError | SQLException e) {
      return false;
    }
  }

  private static Optional<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private static ApiError noToken() {
    return new ApiError(401, "no token: send Authorization: Bearer TOKEN");
  }

  private static ApiError unknownToken() {
    return new ApiError(401, "unknown token");
  }

  private static ApiError teacherOnly() {
    return new ApiError(403, "only the teacher's token opens this");
  }

  private static void limit(RateLimiter limiter, String key, int cost) {
    if (cost <= 0) {
      return;
    }
    long wait = limiter.take(key, cost);
    if (wait > 0) {
      throw new ApiError(429, "too many requests; try again in " + wait + " s", wait);
    }
  }

  // --- Bodies and answers ---

  /** The request's body as JSON: 413 over {@link #MAX_BODY}, 400 when it is not JSON. */
  private static JsonNode body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BODY) {
      throw tooLarge();
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new ApiError(400, "the body could not be read: " + e.getMessage());
    }
    if (bytes.length > MAX_BODY) {
      throw tooLarge();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new ApiError(400, "the body is empty; JSON expected");
      }
      return node;
    } catch (IOException e) {
      throw new ApiError(400, "malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  private static ApiError tooLarge() {
    return new ApiError(413, "the body is larger than " + MAX_BODY + " bytes");
  }

  private static String field(JsonNode body, String name, java.util.Set<String> allowed) {
    if (!body.isObject()) {
      throw new ApiError(400, "the body must be a JSON object");
    }
    body.fieldNames()
        .forEachRemaining(
            field -> {
              if (!allowed.contains(field)) {
                throw new ApiError(400, "unknown field \"" + field + "\"");
              }
            });
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual()) {
      throw new ApiError(400, "\"" + name + "\" must be a string");
    }
    return value.asText();
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static void json(Context ctx, JsonNode node) {
    try {
      ctx.contentType("application/json").result(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void refuse(ApiError error, Context ctx) {
    ctx.status(error.status());
    if (error.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (error.retryAfter() > 0) {
      ctx.header("Retry-After", Long.toString(error.retryAfter()));
    }
    json(ctx, JSON.createObjectNode().put("error", error.getMessage()));
  }

  private static void page(Context ctx, String name, String type) throws IOException {
    try (InputStream in = ClassServer.class.getResourceAsStream(name)) {
      ctx.header(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
    }
  }

  // --- The stream ---

  private void broadcastRow(String learnerId) {
    broadcaster.execute(
        () ->
            table
                .row(learnerId)
                .ifPresent(row -> dashboards.forEach(client -> send(client, "learner", row))));
  }

  private void send(SseClient client, String event, JsonNode data) {
    try {
      if (!client.terminated()) {
        client.sendEvent(event, JSON.writeValueAsString(data));
      }
    } catch (JsonProcessingException | RuntimeException e) {
      dashboards.remove(client);
    }
  }

  private void ping() {
    broadcaster.execute(
        () ->
            dashboards.forEach(
                client -> {
                  try {
                    client.sendComment("ping");
                  } catch (RuntimeException e) {
                    dashboards.remove(client);
                  }
                }));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() throws SQLException {
    pinger.shutdownNow();
    broadcaster.shutdownNow();
    dashboards.forEach(SseClient::close);
    if (app != null) {
      app.stop();
    }
    store.close();
  }
}
