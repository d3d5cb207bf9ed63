-- wrk script of bench/load.sh: one role's mix of pages and API calls, spread over one or several nodes.
-- Read from the environment (wrk gives its `--` arguments to each thread's init, not to setup, where the nodes are
-- chosen):
--   LOAD_MIX      a file of lines "page PATH" or "api PATH" (a path repeated weighs more); {project} becomes a
--                 random benchmark project id, {published} a random published one (from the file LOAD_PUBLISHED),
--                 {country} a random country of the 33
--   LOAD_NODES    "host:port host:port …": thread i talks to node i mod n (one node, or a load balancer, is one entry)
--   LOAD_COOKIES  the session cookie of each node, in the same order ("-" for none): sent with page requests
--   LOAD_BASIC    an Authorization header value sent with API requests (empty for anonymous)
-- Counts as an error, besides wrk's socket errors and timeouts: every status outside 200-399, and a redirect to
-- /login (a signed-in user who lost the session would otherwise count as served).

local threads = {}
local created = 0

local function split(text)
    local parts = {}
    for part in string.gmatch(text or "", "%S+") do
        table.insert(parts, part)
    end
    return parts
end

function setup(thread)
    local nodes = split(os.getenv("LOAD_NODES"))
    local cookies = split(os.getenv("LOAD_COOKIES"))
    local i = created % #nodes + 1
    created = created + 1
    local host, port = string.match(nodes[i], "^(.+):(%d+)$")
    thread.addr = wrk.lookup(host, port)[1]
    thread:set("id", created)
    thread:set("node", i)
    thread:set("cookie", cookies[i] or "-")
    table.insert(threads, thread)
end

local mix = {}
local countries = {"AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "GD",
    "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE"}
local published = {}
local page_headers = {}
local api_headers = {}

statuses = {}
signed_out = 0

function init(args)
    for line in io.lines(os.getenv("LOAD_MIX")) do
        local kind, path = string.match(line, "^(%a+)%s+(%S+)")
        if kind then
            table.insert(mix, {kind = kind, path = path})
        end
    end
    for line in io.lines(os.getenv("LOAD_PUBLISHED")) do
        table.insert(published, line)
    end
    math.randomseed(id * 7919)
    if cookie ~= "-" then
        page_headers["Cookie"] = cookie
    end
    local basic = os.getenv("LOAD_BASIC") or ""
    if basic ~= "" then
        api_headers["Authorization"] = basic
    end
    page_headers["Accept-Language"] = "en"
    api_headers["Accept-Language"] = "en"
end

function request()
    local pick = mix[math.random(#mix)]
    local path = string.gsub(pick.path, "{project}", tostring(50000000 + math.random(0, 19999)))
    path = string.gsub(path, "{published}", function() return published[math.random(#published)] end)
    path = string.gsub(path, "{country}", countries[math.random(#countries)])
    return wrk.format("GET", path, pick.kind == "api" and api_headers or page_headers)
end

function response(status, headers, body)
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
    if status >= 300 and status < 400 then
        local location = headers["Location"] or headers["location"] or ""
        if string.find(location, "/login", 1, true) then
            signed_out = signed_out + 1
        end
    end
end

function done(summary, latency, requests)
    local all = {}
    local bad, lost = 0, 0
    for _, thread in ipairs(threads) do
        lost = lost + thread:get("signed_out")
        for status, count in pairs(thread:get("statuses")) do
            all[status] = (all[status] or 0) + count
            local code = tonumber(status)
            if code < 200 or code >= 400 then
                bad = bad + count
            end
        end
    end
    local codes = {}
    for status, count in pairs(all) do
        table.insert(codes, status .. "x" .. count)
    end
    table.sort(codes)
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f connect=%d read=%d write=%d "
            .. "timeout=%d bad_status=%d signed_out=%d errors=%d statuses=%s\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, e.connect, e.read, e.write,
        e.timeout, bad, lost, e.connect + e.read + e.write + e.timeout + bad + lost, table.concat(codes, ",")))
end
