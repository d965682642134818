-- Replays pre-signed FacePay Merchant API requests, each exactly once (see SignedRequestFile.cs: wrk's LuaJIT has
-- no HMAC-SHA256, so the benchmark signs the requests beforehand with the API's own code).
-- wrk -t T -c C -d D -s signed-requests.lua URL -- REQUESTS_FILE T KEY_ID
-- Each thread takes every T-th line; a thread that runs out stops, and done() prints one JSON line for the driver.
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
end

function init(args)
  local file, threads, index = args[1], tonumber(args[2]), tonumber(wrk.thread:get("index"))
  keyId = args[3]
  lines = {}
  local n = 0
  for line in io.lines(file) do
    if n % threads == index then
      lines[#lines + 1] = line
    end
    n = n + 1
  end
  next_line = 1
end

local function split(line)
  local fields = {}
  for field in string.gmatch(line, "([^\t]+)") do
    fields[#fields + 1] = field
  end
  return fields
end

function request()
  local line = lines[next_line]
  if line == nil then
    wrk.thread:stop()
    return wrk.format("GET", "/health/live")
  end
  next_line = next_line + 1
  local f = split(line)
  local headers = {
    ["FacePay-Key-Id"] = keyId,
    ["FacePay-Timestamp"] = f[3],
    ["FacePay-Nonce"] = f[4],
    ["FacePay-Signature"] = f[5],
  }
  if f[6] ~= "-" then
    headers["Idempotency-Key"] = f[6]
  end
  local body = nil
  if f[7] ~= "-" then
    body = f[7]
    headers["Content-Type"] = "application/json"
  end
  return wrk.format(f[1], f[2], headers, body)
end

function done(summary, latency, requests)
  io.write(string.format(
    'FACEPAY_WRK {"requests":%d,"duration_us":%d,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
