-- wrk script for scripts/load-dashboard.sh: sends the session cookie (COOKIE) with every request and
-- prints the latency percentiles and the count of answers that were not 200.
local cookie = os.getenv("COOKIE")
local errors = 0

request = function()
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end

response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d, errors %d, %.0f requests/s\n",
    summary.requests, errors, summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read,
    summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
end
