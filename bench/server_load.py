#!/usr/bin/env python3
"""Load generator for qabyldau-server (loopback only, bounded in count and time).

  server_load.py feed --port P --token T [--runs 5]
      downloads the whole changes feed as an empty desk would (limit=5000 pages over one
      keep-alive connection) and prints records/s per run and the median.
  server_load.py load --port P --tokens FILE [--parked 2000] [--writers 200] [--seconds 20]
                      [--pid PID]
      parks PARKED long-polls (wait=25) and lets WRITERS desks send one registration at a time
      for SECONDS; prints command latency (p50, p99, max), errors, how long a parked desk took
      to see a change (p50, p99, max) and the server's peak memory (VmHWM of PID).

Only 127.0.0.1 is ever contacted. Every loop has a count and a time bound.
"""
import argparse, asyncio, datetime, http.client, json, random, statistics, sys, time, uuid

HOST = "127.0.0.1"


def feed(args):
    figures = []
    for run in range(args.runs):
        conn = http.client.HTTPConnection(HOST, args.port, timeout=60)
        cursor, records, started = "", 0, time.perf_counter()
        for _ in range(100000):
            conn.request("GET", f"/api/v1/changes?limit=5000&after={cursor}",
                         headers={"Authorization": f"Bearer {args.token}"})
            response = conn.getresponse()
            body = json.loads(response.read())
            if response.status != 200:
                sys.exit(f"feed: HTTP {response.status}: {body}")
            records += len(body["changes"])
            cursor = body["cursor"]
            if not body["more"]:
                break
        seconds = time.perf_counter() - started
        conn.close()
        figures.append(records / seconds)
        print(f"run {run + 1}: {records} records in {seconds:.2f} s = {records / seconds:,.0f} records/s")
    median = statistics.median(figures)
    print(f"median: {median:,.0f} records/s")
    if args.baseline_db:
        # The baseline, in the same run: the same rows read straight from the SQLite file by
        # Python's sqlite3 (no HTTP, no JSON assembly) — what the store alone can give.
        import sqlite3
        base = []
        for _ in range(args.runs):
            db = sqlite3.connect(f"file:{args.baseline_db}?mode=ro", uri=True)
            started = time.perf_counter()
            rows = sum(1 for _ in db.execute("SELECT seq, partition_key, entity, entity_id, version, deleted, payload "
                                             "FROM changes ORDER BY seq"))
            base.append(rows / (time.perf_counter() - started))
            db.close()
        print(f"baseline (sqlite3 read of the same table): median {statistics.median(base):,.0f} rows/s; "
              f"ratio served/baseline {median / statistics.median(base):.2f}")


# --- load -----------------------------------------------------------------------------------

async def http_request(reader, writer, method, target, token, body=b""):
    head = (f"{method} {target} HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    writer.write(head + body)
    await writer.drain()
    status_line = await reader.readline()
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    payload = await reader.readexactly(length)
    return int(status_line.split()[1]), payload


def iin_for(birth, serial):
    century = 5  # born in the 2000s, male
    digits = [int(c) for c in birth.strftime("%y%m%d") + str(century) + f"{serial:04d}"]
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        check = sum(d * w for d, w in zip(digits, weights)) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)
    return None


def application(serial, now):
    birth = datetime.date(2022, 1, 1) + datetime.timedelta(days=serial % 700)
    iin = None
    while iin is None:
        iin = iin_for(birth, 5000 + serial % 5000)
        serial += 7919
    return {
        "id": str(uuid.uuid4()), "applicant_surname": "Сейтқали", "applicant_name": "Айгүл",
        "applicant_iin": "940721400507", "applicant_address": "Қарағанды, Бұқар жырау 1",
        "settlement": "Қарағанды", "child_surname": "Сейтқали", "child_name": "Нұрлан",
        "child_iin": iin, "child_birth_date": birth.isoformat(), "child_sex": "male", "category": 10,
        "phones": ["+77012345678"], "consent": True, "signature_date": now[:10], "filed_at": now,
    }


async def load(args):
    tokens = [line.split("\t")[2].strip() for line in open(args.tokens) if line.strip()]
    if len(tokens) < 2:
        sys.exit("load: need at least two desk tokens")
    deadline = time.monotonic() + args.seconds
    commit_times = {}   # application id -> monotonic time its command was answered
    seen_delays, latencies, errors = [], [], []
    serial = random.randrange(1, 10 ** 6)

    # The feed's end, found once: a cursor is a position in the one change log, so every desk
    # may start its long-poll there (a desk that has caught up).
    conn = http.client.HTTPConnection(HOST, args.port, timeout=60)
    start_cursor = ""
    for _ in range(100000):
        conn.request("GET", f"/api/v1/changes?limit=5000&after={start_cursor}", headers={"Authorization": f"Bearer {tokens[0]}"})
        page = json.loads(conn.getresponse().read())
        start_cursor = page["cursor"]
        if not page["more"]:
            break
    conn.close()

    async def parked_desk(index):
        token = tokens[index % len(tokens)]
        reader, writer = await asyncio.open_connection(HOST, args.port)
        cursor = start_cursor
        for _ in range(10000):
            if time.monotonic() > deadline + 5:
                break
            status, body = await http_request(reader, writer, "GET", f"/api/v1/changes?wait=25&limit=5000&after={cursor}", token)
            arrived = time.monotonic()
            if status != 200:
                errors.append(f"changes {status}")
                await asyncio.sleep(1)
                continue
            page = json.loads(body)
            cursor = page["cursor"]
            for change in page["changes"]:
                sent = commit_times.get(change["id"])
                if sent is not None and change["partition"].startswith("year:"):
                    seen_delays.append(arrived - sent)
        writer.close()

    async def writer_desk(index):
        nonlocal serial
        token = tokens[(index + len(tokens) // 2) % len(tokens)]
        reader, writer = await asyncio.open_connection(HOST, args.port)
        seq = 0
        # Continue this desk's numbering where an earlier run left it.
        for _ in range(100000):
            if time.monotonic() > deadline:
                break
            seq += 1
            serial += 1
            now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            app = application(serial, now)
            batch = {"outbox_head": seq, "commands": [{"id": str(uuid.uuid4()), "desk_seq": seq, "type": "register_application",
                                                      "payload": app, "created_at": now, "clerk": "load"}]}
            started = time.monotonic()
            status, body = await http_request(reader, writer, "POST", "/api/v1/commands", token, json.dumps(batch).encode())
            answered = time.monotonic()
            latencies.append(answered - started)
            if status == 409:
                seq = json.loads(body)["expected_seq"] - 1
                continue
            if status != 200:
                errors.append(f"commands {status}")
                continue
            result = json.loads(body)["results"][0]
            if result["status"] == "applied":
                commit_times[app["id"]] = answered
            await asyncio.sleep(random.uniform(0.5, 1.5))  # a clerk's pace, many desks at once
        writer.close()

    parked = [asyncio.create_task(parked_desk(i)) for i in range(args.parked)]
    await asyncio.sleep(min(10, args.seconds / 4))  # let them park
    writers = [asyncio.create_task(writer_desk(i)) for i in range(args.writers)]
    await asyncio.gather(*writers)
    await asyncio.wait(parked, timeout=30)

    def q(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else float("nan")
    print(f"commands: {len(latencies)}, p50 {q(latencies, .5):.1f} ms, p99 {q(latencies, .99):.1f} ms, "
          f"max {q(latencies, 1):.1f} ms")
    print(f"changes seen by parked desks: {len(seen_delays)}, p50 {q(seen_delays, .5):.0f} ms, "
          f"p99 {q(seen_delays, .99):.0f} ms, max {q(seen_delays, 1):.0f} ms")
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")
    if args.pid:
        for line in open(f"/proc/{args.pid}/status"):
            if line.startswith(("VmHWM", "VmRSS")):
                print("server " + line.strip())


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    f = sub.add_parser("feed")
    f.add_argument("--port", type=int, required=True)
    f.add_argument("--token", required=True)
    f.add_argument("--runs", type=int, default=5)
    f.add_argument("--baseline-db", help="the server's SQLite file, for the baseline read")
    l = sub.add_parser("load")
    l.add_argument("--port", type=int, required=True)
    l.add_argument("--tokens", required=True)
    l.add_argument("--parked", type=int, default=2000)
    l.add_argument("--writers", type=int, default=200)
    l.add_argument("--seconds", type=float, default=20)
    l.add_argument("--pid", type=int)
    args = parser.parse_args()
    if args.mode == "feed":
        feed(args)
    else:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
        asyncio.run(load(args))


if __name__ == "__main__":
    main()
