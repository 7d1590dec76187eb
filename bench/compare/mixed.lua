-- wrk script for the side-by-side load: POST /api/chat with varied questions and real session ids.
--
--   wrk -t2 -c16 -d10s --latency -s bench/compare/mixed.lua http://127.0.0.1:18090 -- bench/compare/questions.txt 500
--
-- Arguments after --: the question list (one JSON-escaped question a line, written by questions.py) and the
-- number of sessions. Request i sends question i and session "bench-<i mod sessions>", so every session asks a
-- run of different questions, as visitors do, and the server keeps a conversation for each. wrk threads start
-- at different points of the list. At the end it prints one line starting with RESULT that run.sh reads.

local questions_path = "bench/compare/questions.txt"
local session_count = 500
local questions = {}
local next_index = 1
local thread_count = 0

function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  if args[1] ~= nil and args[1] ~= "" then
    questions_path = args[1]
  end
  if args[2] ~= nil and args[2] ~= "" then
    session_count = tonumber(args[2])
  end
  local file = io.open(questions_path, "r")
  if file == nil then
    error("cannot open the question list " .. questions_path)
  end
  for line in file:lines() do
    if line ~= "" then
      questions[#questions + 1] = line
    end
  end
  file:close()
  if #questions == 0 then
    error("no questions in " .. questions_path)
  end
  next_index = ((thread_id or 0) * math.floor(#questions / 2)) % #questions + 1
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function request()
  local i = next_index
  next_index = next_index % #questions + 1
  local session = "bench-" .. ((thread_id or 0) * session_count + i) % session_count
  return wrk.format("POST", "/api/chat", headers,
    '{"sessionId":"' .. session .. '","message":"' .. questions[i] .. '"}')
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
