-- wrk script: mixed load against `bin/pressfacts serve`, one new article submitted for every three reads.
--   PRESSFACTS_API_KEY=devkey ARTICLE_ID=<an id already stored> \
--     wrk -t2 -c8 -d30s --latency -s local/load/mixed.lua http://127.0.0.1:3000
-- Each submission has a URL of its own (thread, counter, start time), so each is a new article (201) that the
-- local stream then tags, as on AWS. wrk reports non-2xx answers and socket errors; done() prints a summary line.

local BODY = [[{"url": "https://load.example/%d/%d/%d", "publishedAt": "2024-03-05",
 "title": "Foreign ministers meet in Vienna, report %d", "source": "Load Wire",
 "text": "VIENNA (Load Wire) - The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss the Black Sea grain corridor. Kazakh President Kassym-Jomart Tokayev is expected to visit Berlin next week, officials said. The European Union agreed to extend sanctions on Russia for six months."}]]

local threads = {}
local started = os.time()

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  key = os.getenv("PRESSFACTS_API_KEY")
  article = os.getenv("ARTICLE_ID")
  counter = 0
  submissions = 0
  if key == nil or article == nil then
    error("set PRESSFACTS_API_KEY and ARTICLE_ID")
  end
end

function request()
  counter = counter + 1
  if counter % 4 == 0 then
    submissions = submissions + 1
    return wrk.format("POST", "/articles", {["x-api-key"] = key, ["Content-Type"] = "application/json"},
      string.format(BODY, started, thread_id, counter, counter))
  end
  return wrk.format("GET", "/articles/" .. article, {["x-api-key"] = key})
end

function done(summary, latency, requests)
  local submitted = 0
  for _, thread in ipairs(threads) do
    submitted = submitted + thread:get("submissions")
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("requests %d (%d submissions) in %.1f s: %.0f req/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d (non-2xx %d, socket %d)\n",
    summary.requests, submitted, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors,
    summary.errors.status, errors - summary.errors.status))
end
