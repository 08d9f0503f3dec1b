-- wrk script for the read paths: GET a path (with {n} replaced by a rotating order number from the list), counting
-- answers other than 200. Arguments: path template, then the order numbers to rotate through.
local threads = {}
local count = 0

function setup(thread)
  thread:set("tid", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  template = args[1]
  numbers = {}
  for i = 2, #args do numbers[#numbers + 1] = args[i] end
  i = tid
  other, sample = 0, ""
end

function request()
  i = i + 1
  local path = template
  if #numbers > 0 then path = string.gsub(template, "{n}", numbers[(i % #numbers) + 1]) end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    other = other + 1
    if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 200) end
  end
end

function done(summary, latency, requests)
  local bad, first = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + t:get("other")
    if first == "" then first = t:get("sample") end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.1f p90=%.1f p99=%.1f max=%.1f not200=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
  if first ~= "" then io.write("SAMPLE " .. first .. "\n") end
end
