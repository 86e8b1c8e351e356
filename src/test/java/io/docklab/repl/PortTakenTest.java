package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortTakenTest {
  @Test
  void dockersTwoWaysOfSayingAPortIsTaken() {
    assertEquals(
        Optional.of("4000"),
        PortTaken.in(
            "docker: Error response from daemon: driver failed programming external connectivity"
                + " on endpoint upbeat_x (3f2a): Bind for 127.0.0.1:4000 failed: port is already"
                + " allocated."));
    assertEquals(
        Optional.of("4000"),
        PortTaken.in(
            "docker: Error response from daemon: driver failed programming external connectivity"
                + " on endpoint web (ab12): Error starting userland proxy: listen tcp4"
                + " 127.0.0.1:4000: bind: address already in use."));
  }

  @Test
  void otherOutputSaysNothing() {
    assertEquals(Optional.empty(), PortTaken.in(" * Running on http://0.0.0.0:80/"));
    assertEquals(Optional.empty(), PortTaken.in("port is already allocated"));
  }
}
