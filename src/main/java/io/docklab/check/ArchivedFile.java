package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A file copied out of a container as a tar archive (the engine's {@code docker cp}), which works
 * on stopped containers too. A symbolic link is followed a few times.
 */
final class ArchivedFile {
  private static final int MAX_LINKS = 8;

  private ArchivedFile() {}

  static FileFindings.Found read(DockerClient client, String container, String path) {
    String current = path;
    for (int links = 0; links <= MAX_LINKS; links++) {
      TarArchiveEntry entry;
      try (InputStream archive = client.copyArchiveFromContainerCmd(container, current).exec();
          TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
        entry = tar.getNextEntry();
        if (entry == null) {
          return FileFindings.Found.ABSENT;
        }
        if (entry.isDirectory()) {
          return FileFindings.Found.DIRECTORY;
        }
        if (!entry.isSymbolicLink()) {
          return FileFindings.Found.file(tar.readNBytes(FileEvaluator.MAX_CONTENT));
        }
      } catch (NotFoundException absent) {
        return FileFindings.Found.ABSENT;
      } catch (IOException unreadable) {
        return FileFindings.Found.unreadable(unreadable.getMessage());
      }
      current = target(current, entry.getLinkName());
    }
    return FileFindings.Found.unreadable("too many symbolic links");
  }

  /** Where {@code linkName}, read from the link at {@code link}, points. */
  static String target(String link, String linkName) {
    if (linkName.startsWith("/")) {
      return linkName;
    }
    int slash = link.lastIndexOf('/');
    return (slash <= 0 ? "/" : link.substring(0, slash + 1)) + linkName;
  }
}
