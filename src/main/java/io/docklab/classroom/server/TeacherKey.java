package io.docklab.classroom.server;

import io.docklab.classroom.Tokens;
import io.docklab.classroom.store.ClassStore;
import io.docklab.classroom.store.ClassStore.StoredClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The class a server runs and its teacher's token: the class of that name in the store, else a new
 * one; the token from the teacher's file when it still matches, else a new one written there (mode
 * 0600). The store keeps only the token's hash.
 */
public record TeacherKey(StoredClass storedClass, String token) {

  public static TeacherKey open(ClassStore store, String name, Path directory)
      throws SQLException, IOException {
    Optional<StoredClass> existing = store.classNamed(name);
    if (existing.isEmpty()) {
      String token = Tokens.token(Tokens.TEACHER);
      StoredClass created =
          new StoredClass(Tokens.id("c-"), name, Tokens.classCode(), Tokens.hash(token));
      write(file(directory, created.code()), token);
      store.createClass(created, Instant.now());
      return new TeacherKey(created, token);
    }
    StoredClass found = existing.get();
    Path file = file(directory, found.code());
    if (Files.isRegularFile(file)) {
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (Tokens.hash(token).equals(found.teacherTokenHash())) {
        return new TeacherKey(found, token);
      }
    }
    String token = Tokens.token(Tokens.TEACHER);
    write(file, token);
    store.replaceTeacherToken(found.id(), Tokens.hash(token));
    return new TeacherKey(
        new StoredClass(found.id(), found.name(), found.code(), Tokens.hash(token)), token);
  }

  static Path file(Path directory, String code) {
    return directory.resolve("teacher-" + code + ".token");
  }

  /** Writes {@code token} to {@code file}, readable by its owner only. */
  public static void write(Path file, String token) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), ".token-", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // A file system without modes: the directory's access is what protects it.
      }
      Files.writeString(temporary, token + "\n", StandardCharsets.UTF_8);
      Files.move(
          temporary,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
