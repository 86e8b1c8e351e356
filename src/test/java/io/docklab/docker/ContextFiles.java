package io.docklab.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Docker context files as {@code docker context create} writes them, in a test's config dir. */
final class ContextFiles {
  private ContextFiles() {}

  /** Writes {@code contexts/meta/<sha256>/meta.json} for a context on {@code host}. */
  static void write(Path config, String name, String host) throws IOException {
    Path meta = config.resolve("contexts/meta").resolve(EngineLocator.sha256(name));
    Files.createDirectories(meta);
    Files.writeString(
        meta.resolve("meta.json"),
        "{\"Name\":\""
            + name
            + "\",\"Metadata\":{\"Description\":\"docklab test\"},"
            + "\"Endpoints\":{\"docker\":{\"Host\":\""
            + host
            + "\",\"SkipTLSVerify\":false}}}");
  }

  /** Copies {@code ca.pem}, {@code cert.pem} and {@code key.pem} as the context's TLS material. */
  static Path tls(Path config, String name, Path certificates) throws IOException {
    Path tls = config.resolve("contexts/tls").resolve(EngineLocator.sha256(name)).resolve("docker");
    Files.createDirectories(tls);
    for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
      Files.copy(certificates.resolve(file), tls.resolve(file));
    }
    return tls;
  }

  /** Writes {@code config.json} with {@code currentContext}. */
  static void current(Path config, String name) throws IOException {
    Files.createDirectories(config);
    Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"" + name + "\"}");
  }
}
