-- wrk script of bench/kpi.sh: sends the requests of a file, one "cookie<TAB>path" a line, in turn,
-- so that the load spreads over the managers as it would in use; each thread starts at another
-- line. Prints one line: requests/s, p50, p95 and p99 in milliseconds, and the errors (no answer,
-- or a status of 400 and up).
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local lines = {}
local next_line = 1

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("^([^\t]*)\t(.*)$")
    lines[#lines + 1] = wrk.format("GET", path, { Cookie = cookie })
  end
  next_line = (id * 17) % #lines + 1
end

function request()
  local r = lines[next_line]
  next_line = next_line % #lines + 1
  return r
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format("kpi: %.1f %.2f %.2f %.2f %d\n", summary.requests / summary.duration * 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
