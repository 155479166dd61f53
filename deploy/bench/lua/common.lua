-- Shared by the scenarios: reading the load set, thread numbering, and one result line per run.
local folder = os.getenv("BENCH_OUT") or "target/bench"
csrf = os.getenv("BENCH_CSRF") or ""
label = os.getenv("BENCH_LABEL") or "scenario"

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function split(line, sep)
   local fields = {}
   for field in string.gmatch(line, "([^" .. sep .. "]+)") do
      table.insert(fields, field)
   end
   return fields
end

-- pupils.tsv: cookie, module, attempt, steps, questions, right answers of questions 1..n-1 joined by |
function read_pupils()
   local pupils = {}
   for line in io.lines(folder .. "/pupils.tsv") do
      local f = split(line, "\t")
      table.insert(pupils, { cookie = f[1], module = f[2], attempt = f[3], steps = tonumber(f[4]),
                             questions = tonumber(f[5]), forms = split(f[6] or "", "|") })
   end
   return pupils
end

function read_lines(name)
   local lines = {}
   for line in io.lines(folder .. "/" .. name) do
      table.insert(lines, split(line, "\t"))
   end
   return lines
end

-- Every answer but the one a scenario expects counts as an error: a 302 to the sign-in page is no lesson page.
expect = 200
unexpected = 0

function count_status(status)
   if status ~= expect then
      unexpected = unexpected + 1
   end
end

function response(status, headers, body)
   count_status(status)
end

-- One line the run script reads: label, requests/s, p50 ms, p99 ms, requests, errors (socket errors, time-outs
-- and every status but the expected one).
function done(summary, latency, requests)
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.timeout
   for _, thread in ipairs(threads) do
      errors = errors + (thread:get("unexpected") or 0)
   end
   io.write(string.format("RESULT\t%s\t%.1f\t%.1f\t%.1f\t%d\t%d\t%.2f\n", label,
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors, summary.duration / 1e6))
end
