package io.docklab.util;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words for people: the operating system's reason (permission
 * denied, no such file, read-only file system), never a Java class name.
 */
public final class FileFaults {
  private FileFaults() {}

  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Messages.get("file.fault.denied");
    }
    if (e instanceof NoSuchFileException) {
      return Messages.get("file.fault.missing");
    }
    if (e instanceof NotDirectoryException) {
      return Messages.get("file.fault.notDirectory");
    }
    if (e instanceof FileAlreadyExistsException) {
      return Messages.get("file.fault.exists");
    }
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? Messages.get("file.fault.other") : message;
  }
}
