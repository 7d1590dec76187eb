-- wrk script: POST /api/chat with the real questions of the public set, cycling through them.
--
--   wrk -t2 -c16 -d20s --latency -s bench/http/chat.lua http://127.0.0.1:18090 -- ../shared/eval/questions.jsonl
--
-- The question set has one JSON object per line with "q" (a question) or "turns" (a dialog: every "q" in it is
-- sent, each as a question of its own). The strings are kept JSON-escaped as they are in the file and put in
-- {"message": "..."} unchanged. No sessionId is sent: requests from 127.0.0.1 without one are not rate-limited,
-- and each request starts a conversation of its own (the server makes up a session id).
-- At the end it prints one line starting with RESULT that run.sh reads.

local questions_path = "../shared/eval/questions.jsonl"
local requests = {}
local next_request = 1

-- Every JSON string value of "q" in a line, still JSON-escaped.
local function questions_in(line)
  local found = {}
  local pos = 1
  while true do
    local _, e = line:find('"q"%s*:%s*"', pos)
    if not e then
      break
    end
    local i = e + 1
    local buf = {}
    while i <= #line do
      local c = line:sub(i, i)
      if c == "\\" then
        buf[#buf + 1] = line:sub(i, i + 1)
        i = i + 2
      elseif c == '"' then
        break
      else
        buf[#buf + 1] = c
        i = i + 1
      end
    end
    found[#found + 1] = table.concat(buf)
    pos = i + 1
  end
  return found
end

local thread_count = 0

-- Main thread, once per wrk thread: give each an id so they start at different questions.
function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  if args[1] ~= nil and args[1] ~= "" then
    questions_path = args[1]
  end
  local file = io.open(questions_path, "r")
  if file == nil then
    error("cannot open the question set " .. questions_path .. " (pass its path after --)")
  end
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  for line in file:lines() do
    for _, q in ipairs(questions_in(line)) do
      requests[#requests + 1] = wrk.format("POST", "/api/chat", headers, '{"message":"' .. q .. '"}')
    end
  end
  file:close()
  if #requests == 0 then
    error("no questions in " .. questions_path)
  end
  local id = thread_id or 0
  next_request = ((id * 7) % #requests) + 1
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

function done(summary, latency, requests_)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
