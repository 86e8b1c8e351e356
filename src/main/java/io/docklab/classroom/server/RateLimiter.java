package io.docklab.classroom.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Token buckets, one per key (a token, an address): a key over its rate waits, the others not. */
final class RateLimiter {
  private final double capacity;
  private final double perSecond;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(double capacity, double perSecond, LongSupplier nanos) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  /**
   * Takes {@code cost} units from the bucket of {@code key}; 0 when they were there, else the whole
   * seconds to wait before they will be.
   */
  long take(String key, int cost) {
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanos.getAsLong()));
    synchronized (bucket) {
      long now = nanos.getAsLong();
      bucket.units = Math.min(capacity, bucket.units + (now - bucket.at) / 1e9 * perSecond);
      bucket.at = now;
      if (bucket.units >= cost) {
        bucket.units -= cost;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((cost - bucket.units) / perSecond));
    }
  }

  private static final class Bucket {
    double units;
    long at;

    Bucket(double units, long at) {
      this.units = units;
      this.at = at;
    }
  }
}
