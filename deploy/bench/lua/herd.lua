-- Scenario 2: the pupils of one school sign in with class code, name and picture pair (or two words), paced so
-- that each connection waits 0-2 s (1 s on average) before each sign-in: 200 connections make about 200 sign-ins a
-- second, 2,000 pupils in about 10 seconds.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   lines = read_lines("herd.tsv")
   step = tonumber(os.getenv("BENCH_THREADS") or "2")
   total = tonumber(os.getenv("BENCH_HERD") or "2000")
   i = id
   answered = 0
   share = math.floor(total / step)
   first = {}
   -- a sign-in that succeeds goes on to the pupil's modules
   expect = 303
end

function delay()
   return math.random(0, 2000)
end

function request()
   local line = lines[(i % #lines) + 1]
   i = i + step
   return wrk.format("POST", line[1],
      { ["Cookie"] = "hz_csrf=" .. csrf, ["Content-Type"] = "application/x-www-form-urlencoded" },
      line[2] .. "&csrf=" .. csrf)
end

function response(status, headers, body)
   count_status(status)
   answered = answered + 1
   if answered >= share then
      wrk.thread:stop()
   end
end
