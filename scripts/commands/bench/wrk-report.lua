-- Makes wrk report its results as one JSON line, latencies in microseconds.

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\nwrk-json {"requests":%d,"durationUs":%d,"errors":%d,"p50":%.0f,"p90":%.0f,"p99":%.0f,"max":%.0f}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
