package io.docklab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import org.junit.jupiter.api.Test;

class PublishedPortsTest {
  /** A stopped container: no bindings in its network settings, only what -p asked for. */
  private static InspectContainerResponse stoppedWith(String ip, String hostPort) throws Exception {
    String json =
        "{\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\""
            + ip
            + "\",\"HostPort\":\""
            + hostPort
            + "\"}]}}}";
    return new ObjectMapper().readValue(json, InspectContainerResponse.class);
  }

  @Test
  void aPortIsMatchedWithOrWithoutItsAddressAndProtocol() throws Exception {
    PublishedPorts ports = PublishedPorts.of(stoppedWith("127.0.0.1", "4000"));
    assertTrue(ports.has("127.0.0.1:4000:80"));
    assertTrue(ports.has("4000:80"));
    assertTrue(ports.has("4000:80/tcp"));
    assertFalse(ports.has("4000:80/udp"));
    assertFalse(ports.has("0.0.0.0:4000:80"));
    assertFalse(ports.has("4001:80"));
    assertEquals("127.0.0.1:4000:80/tcp", ports.describe());
  }

  @Test
  void noAddressMeansAllAddresses() throws Exception {
    PublishedPorts ports = PublishedPorts.of(stoppedWith("", "4000"));
    assertTrue(ports.has("0.0.0.0:4000:80"));
    assertFalse(ports.has("127.0.0.1:4000:80"));
  }
}
