-- Scenario 1: signed-in pupils open lesson steps and quiz questions of the module they are doing.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   pupils = read_pupils()
   math.randomseed(1000 + id)
end

function request()
   local p = pupils[math.random(#pupils)]
   local path
   if math.random(2) == 1 then
      path = "/pupil/modules/" .. p.module .. "/steps/" .. math.random(p.steps)
   else
      path = "/pupil/modules/" .. p.module .. "/quiz/" .. p.attempt .. "/" .. math.random(p.questions)
   end
   return wrk.format("GET", path, { ["Cookie"] = "hz_session=" .. p.cookie .. "; hz_csrf=" .. csrf })
end
