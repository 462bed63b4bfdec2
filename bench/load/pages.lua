-- wrk script: rotates GET requests over the (cookie, path) pairs of one page, so that several signed-in
-- people and their families are driven at once.
--
--   wrk -t2 -c32 -d30s -s pages.lua http://127.0.0.1:18080 -- pairs.tsv
--
-- pairs.tsv holds one request a line: "<Cookie header value><TAB><path>" (the cookie may be empty).
-- There is deliberately no response() hook (it slows wrk down); wrk counts status >= 400 in errors.status,
-- and load.sh checks every pair for a plain 200 before the run, so a redirect to /login cannot pass unseen.
-- done() prints one machine-readable line; latencies are in microseconds.

local threads = {}

function setup(thread)
   thread:set("offset", #threads)
   table.insert(threads, thread)
end

local prepared = {}
local position = 0

function init(args)
   local file = args[1]
   if file == nil then
      error("pages.lua: give the pairs file after --")
   end
   for line in io.lines(file) do
      local cookie, path = line:match("^([^\t]*)\t(%S+)")
      if path ~= nil then
         local headers = {}
         if cookie ~= "" then
            headers["Cookie"] = cookie
         end
         prepared[#prepared + 1] = wrk.format("GET", path, headers)
      end
   end
   if #prepared == 0 then
      error("pages.lua: no requests in " .. file)
   end
   -- threads start at different pairs
   position = (offset or 0) % #prepared
end

function request()
   position = position % #prepared + 1
   return prepared[position]
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("WRK_RESULT\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\n",
      summary.duration, summary.requests, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
