-- wrk script for POST /v1/match: cycles through the tenders of a JSONL file, one per request.
--   wrk -t2 -c2 -d60s --latency -s tools/wrk_match.lua http://127.0.0.1:8080 -- tenders.jsonl [top]
-- Prints the non-2xx count at the end (wrk's own summary counts them but does not fail on them).
local bodies, next_body, path = {}, 0, "/v1/match"

function init(args)
  local file = assert(io.open(args[1] or "data/examples/tenders.jsonl", "r"), "cannot open the tenders file")
  for line in file:lines() do
    if line:match("%S") then bodies[#bodies + 1] = line end
  end
  file:close()
  if args[2] then path = path .. "?top=" .. args[2] end
  next_body = math.random(#bodies) - 1
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, bodies[next_body])
end

local failed = 0
function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; requests %d; errors: connect %d read %d write %d timeout %d status %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
end
