-- wrk script: POST /api/orders/SHIP-nnnnnnn/logistics-orders, a distinct pre-created order and Idempotency-Key per
-- request. Arguments: token, first order number, run id. Threads interleave their numbers (thread t takes
-- first+t, first+t+threads, ...), so no two requests ever ship the same order.
local threads = {}
local count = 0

function setup(thread)
  thread:set("tid", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  token, first, run = args[1], tonumber(args[2]), args[3]
  stride = tonumber(args[4])
  n = first + tid
  other, sample = 0, ""
  body = '{"channelCode":"CAINIAO_STANDARD","goodsType":"General","confirmChannelMismatch":true,' ..
    '"parcel":{"weightGrams":300,"lengthCm":20,"widthCm":15,"heightCm":5,"declaredValue":12.50,"contentsDescription":"Phone case"},' ..
    '"handover":"Auto","undeliverable":"Return","agreementAccepted":true}'
end

function request()
  local number = string.format("SHIP-%07d", n)
  n = n + stride
  return wrk.format("POST", "/api/orders/" .. number .. "/logistics-orders",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Idempotency-Key"] = run .. "-" .. number }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    other = other + 1
    if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local bad, first = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("other")
    if first == "" then first = t:get("sample") end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.1f p90=%.1f p99=%.1f max=%.1f not201=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
  if first ~= "" then io.write("SAMPLE " .. first .. "\n") end
end
