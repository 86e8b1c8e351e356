/**
 * {@code docklab import killercoda}: turns a scenario in Killercoda's layout ({@code index.json},
 * Markdown step texts, {@code verify.sh}, {@code background.sh}/{@code foreground.sh}, {@code
 * assets/}) into one docklab Markdown lesson, with a report of what was mapped and what was not.
 */
package io.docklab.importer.killercoda;
