-- Scenario 3: pupils post answers to their open attempt. Request i is pupil i mod N, question (i div N) + 1, so
-- every (pupil, question) is posted once, and stored, before any is posted again.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   pupils = read_pupils()
   step = tonumber(os.getenv("BENCH_THREADS") or "2")
   i = id
   -- a stored answer goes on to its feedback
   expect = 303
end

function request()
   local n = #pupils
   local p = pupils[(i % n) + 1]
   local q = (math.floor(i / n) % #p.forms) + 1
   i = i + step
   return wrk.format("POST", "/pupil/modules/" .. p.module .. "/quiz/" .. p.attempt .. "/" .. q,
      { ["Cookie"] = "hz_session=" .. p.cookie .. "; hz_csrf=" .. csrf,
        ["Content-Type"] = "application/x-www-form-urlencoded" },
      p.forms[q] .. "&csrf=" .. csrf)
end
