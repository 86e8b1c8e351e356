package io.docklab.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads docklab's version from the artifact's manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = DocklabCommand.class.getPackage().getImplementationVersion();
    return new String[] {"docklab " + (version == null ? "(development build)" : version)};
  }
}
