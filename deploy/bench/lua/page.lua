-- One page for everyone, with the cookie in BENCH_COOKIE (dashboard, reports, and the same bytes from nginx).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local cookie = os.getenv("BENCH_COOKIE")

function request()
   if cookie and cookie ~= "" then
      return wrk.format("GET", nil, { ["Cookie"] = cookie })
   end
   return wrk.format("GET", nil)
end
