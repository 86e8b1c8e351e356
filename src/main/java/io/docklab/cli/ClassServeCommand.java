package io.docklab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.classroom.Pem;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.server.ClassServer;
import io.docklab.classroom.server.ClassTable;
import io.docklab.classroom.server.TeacherKey;
import io.docklab.classroom.server.TlsFiles;
import io.docklab.classroom.store.ClassStore;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.util.DataDirectory;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docklab class serve}: runs the class server until Ctrl-C; started again, it continues the
 * same class.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ClassServeCommand implements Callable<Integer> {
  @ParentCommand ClassCommand parent;

  @Spec CommandSpec spec;

  @Option(names = "--listen", paramLabel = "ADDR:PORT")
  String listen = "127.0.0.1:7070";

  @Option(names = "--db", paramLabel = "URL")
  String database;

  @Option(names = "--name", paramLabel = "NAME")
  String name = "docklab class";

  @Option(names = "--stuck", paramLabel = "MINUTES")
  int stuckMinutes = ClassTable.DEFAULT_STUCK_MINUTES;

  @Option(names = "--tls-cert", paramLabel = "FILE")
  Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE")
  Path tlsKey;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (stuckMinutes < 1 || stuckMinutes > 1440) {
      throw new ExitException(
          ExitCode.USAGE, Messages.get("class.serve.badStuck", Integer.toString(stuckMinutes)));
    }
    int colon = listen.lastIndexOf(':');
    if (colon <= 0) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.serve.badListen", listen));
    }
    String host = listen.substring(0, colon).replace("[", "").replace("]", "");
    int port;
    try {
      port = Integer.parseInt(listen.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.serve.badListen", listen));
    }
    Optional<TlsFiles> tls = tls();
    if (!loopback(host)) {
      spec.commandLine()
          .getErr()
          .println(
              Messages.get(
                  tls.isPresent() ? "class.serve.notLoopbackTls" : "class.serve.notLoopback",
                  host));
    }
    ClassroomFiles files = ClassroomFiles.in(DataDirectory.resolve());
    Files.createDirectories(files.directory());
    String url = database != null ? database : "jdbc:sqlite:" + files.database();
    List<Path> directories = parent.docklab.lessonDirectories;
    ClassStore store;
    try {
      store = ClassStore.open(url);
    } catch (SQLException e) {
      throw new ExitException(
          ExitCode.FAILED,
          Messages.get("class.serve.noDatabase", ClassStore.shown(url), ClassStore.reason(e)));
    }
    TeacherKey key = TeacherKey.open(store, name, files.directory());
    ClassServer server =
        ClassServer.open(store, key, directories, servedLessons(directories), stuckMinutes);
    int bound = server.start(host, port, tls);
    String address =
        (tls.isPresent() ? "https://" : "http://")
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + bound;
    ObjectNode serving = new ObjectMapper().createObjectNode();
    serving.put("url", address).put("code", server.code());
    tls.ifPresent(served -> serving.put("cert", served.certificate().toString()));
    Files.writeString(files.serving(), serving + "\n", StandardCharsets.UTF_8);
    out.println(Messages.get("class.serve.running", server.className(), address));
    out.println(Messages.get("class.serve.code", server.code()));
    out.println(Messages.get("class.serve.dashboard", address + "/#t=" + server.teacherToken()));
    out.println(Messages.get("class.serve.stuck", Integer.toString(stuckMinutes)));
    out.println(
        Messages.get(
            "class.serve.join",
            "docklab class join " + address + " " + server.code() + " --name \"…\""));
    out.println(Messages.get("class.serve.stop"));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    Files.deleteIfExists(files.serving());
                  } catch (Exception ignored) {
                    // stopping anyway
                  }
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCode.OK;
  }

  /** The certificate and key to serve HTTPS with, read now: a bad file stops here, in one line. */
  private Optional<TlsFiles> tls() {
    if (tlsCert == null && tlsKey == null) {
      return Optional.empty();
    }
    if (tlsCert == null || tlsKey == null) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.serve.tlsBoth"));
    }
    try {
      return Optional.of(TlsFiles.read(tlsCert, tlsKey));
    } catch (Pem.BadPem e) {
      throw new ExitException(ExitCode.USAGE, "docklab class serve: " + e.getMessage());
    }
  }

  /** The steps of the lessons served: those of the directories given, else the bundled ones. */
  private static Map<String, List<String>> servedLessons(List<Path> directories) {
    LessonCatalog catalog = LessonCatalog.load(directories);
    Map<String, List<String>> lessons = new LinkedHashMap<>();
    for (Lesson lesson : catalog.lessons()) {
      boolean bundled = catalog.source(lesson).startsWith("lessons/");
      if (directories.isEmpty() == bundled) {
        List<String> steps = new ArrayList<>();
        lesson.steps().stream().map(Step::id).forEach(steps::add);
        lessons.put(lesson.id(), steps);
      }
    }
    return lessons;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
