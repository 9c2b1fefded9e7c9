#!/usr/bin/env python3
"""A desk that comes back late, while bench_server_load runs (docs/performance.md, "A desk far behind").

    bench/late_desk.py --port PORT --token TOKEN [--rounds 3] [--away 9] [--start 4]

TOKEN is a desk no other connection of the load uses (`qabyldau-server desk add`), so the proof
of its cursor stays. Each round reads the feed to its end with plain GETs (the server proves that
cursor), stays away AWAY seconds while the load commits thousands of changes, then comes back with
that cursor and wait=25: the server parks it on the old proof without a read, and the next wake-up
takes it together with the 2,000 desks that are up to date. Prints how long each answer took.
127.0.0.1 only; bounded in rounds and time.
"""
import argparse
import http.client
import json
import time


def get(port, token, path):
    connection = http.client.HTTPConnection('127.0.0.1', port, timeout=40)
    try:
        connection.request('GET', path, headers={'Authorization': 'Bearer ' + token})
        reply = connection.getresponse()
        return reply.status, json.loads(reply.read())
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--token', required=True)
    parser.add_argument('--rounds', type=int, default=3)
    parser.add_argument('--away', type=float, default=9.0)
    parser.add_argument('--start', type=float, default=4.0, help='seconds to wait for the load to park its desks')
    arguments = parser.parse_args()
    time.sleep(arguments.start)
    for number in range(min(arguments.rounds, 20)):
        cursor = ''
        for _ in range(1000):  # pages of 5,000 to the feed's end
            status, page = get(arguments.port, arguments.token,
                               '/api/v1/changes?limit=5000' + ('&after=' + cursor if cursor else ''))
            if status != 200:
                raise SystemExit(f'late_desk: {status} {page}')
            cursor = page['cursor']
            if not page['more']:
                break
        time.sleep(min(arguments.away, 60))
        started = time.monotonic()
        status, page = get(arguments.port, arguments.token, '/api/v1/changes?wait=25&limit=5000&after=' + cursor)
        print(f'late desk, round {number + 1}: {status}, {len(page.get("changes", []))} changes,'
              f' answered after {time.monotonic() - started:.2f} s', flush=True)


if __name__ == '__main__':
    main()
