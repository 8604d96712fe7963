-- wrk script for scripts/load-dashboard.sh: sends the session cookie (COOKIE) with every request and
-- prints the latency percentiles. It defines no response() callback: with one, wrk hands every body
-- (up to 120 kB) to Lua, which took CPU from the server on the same two cores. Answers of 400 and
-- above count as errors (wrk's own count); the mean bytes per answer show a redirect to the sign-in
-- page (a lost session) as a drop, since the pages weigh 30-120 kB and a redirect a few hundred bytes.
local cookie = os.getenv("COOKIE")

request = function()
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status >= 400: %d), %.0f requests/s, %.0f bytes/answer\n",
    summary.requests,
    summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read,
    summary.errors.status,
    summary.requests / (summary.duration / 1e6),
    summary.bytes / math.max(1, summary.requests)))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
end
