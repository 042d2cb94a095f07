-- wrk script: each thread cycles through the requests of the file named by BENCH_URLS, one per line:
-- "path" for a GET, or "path<TAB>json body" for a POST (the direct-Elasticsearch scenario). At the end it prints
-- one line for scripts/bench.sh: requests/s, p50, p95, p99 (ms), errors (socket errors and non-2xx/3xx answers).
local requests = {}
local counter = 0
-- A shopper's phone browser, so that product pages count their views as they do for people (no User-Agent is a bot).
local BROWSER = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"

local function load(file)
  for line in io.lines(file) do
    local path, body = line:match("^([^\t]+)\t(.*)$")
    if path then
      requests[#requests + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json", ["User-Agent"] = BROWSER }, body)
    elseif #line > 0 then
      requests[#requests + 1] = wrk.format("GET", line, { ["Accept-Encoding"] = "gzip", ["User-Agent"] = BROWSER })
    end
  end
end

function init(args)
  load(os.getenv("BENCH_URLS"))
  -- Threads start at different places in the list, so they do not ask for the same thing at once.
  counter = math.random(#requests)
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function done(summary, latency, _)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
    summary.requests))
end
