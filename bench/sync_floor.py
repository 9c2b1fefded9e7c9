#!/usr/bin/env python3
"""What SQLite alone needs to write a first sync's rows: the floor under the desk's apply.

    bench/sync_floor.py STORE [--runs 3] [--modes pages,one,sorted] [--page-sizes 4096,16384]

STORE is a desk store a first sync filled (bench/sync_first.sh leaves them in its WORK_DIR as
desk-bulk-N.sqlite). Its `applications` and `sync_rows` rows are written again into a new store
of the same schema by SQLite itself (INSERT ... SELECT from the attached STORE: no JSON, no HTTP,
no seal computed, no program code per row), with the bulk path's settings (docs/sync.md, "Bulk
download": WAL, synchronous NORMAL, a 64 MiB page cache, checkpoints every 64 MiB, the CHECK
constraints skipped, the applications' secondary indexes dropped during the rows and built after),
three ways:

  pages    5,000 rows a transaction in the feed's order, as the bulk path commits a page;
  one      every row in one transaction;
  sorted   the rows kept in a table of their own in arrival order (5,000 a transaction), then
           written into `applications` and `sync_rows` sorted by key in one transaction;
  narrow   not the desk's schema but the one a change of it would give the region's anonymous
           queue: a narrow table of its own (its queue keys, seal and sync version, the partition
           in place of `sync_rows`), 5,000 rows a transaction in the feed's order with no index
           live, then the id's unique index and the three queue indexes the Queue page reads
           built after (docs/performance.md, "A narrow table for the region's queue").

For each: the processor time of the rows, of the index build, and the total, with the records/s
that total allows. --page-sizes: the new store's page size, each in turn (default 4096, SQLite's;
a desk store made since 7 December 2026 has 16384: docs/performance.md "Pages of 16 KiB"). Python's sqlite3 module uses Debian's libsqlite3, the library the desk links.
"""
import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time

PAGE = 5000


def schema(source):
    db = sqlite3.connect(source)
    table = db.execute("SELECT sql FROM sqlite_master WHERE name = 'applications'").fetchone()[0]
    rows = db.execute("SELECT sql FROM sqlite_master WHERE name = 'sync_rows'").fetchone()[0]
    indexes = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'applications' AND type = 'index' AND sql IS NOT NULL")]
    columns = [r[1] for r in db.execute("PRAGMA table_xinfo(applications)") if r[6] == 0]  # not generated
    count = db.execute("SELECT count(*) FROM applications").fetchone()[0]
    last = db.execute("SELECT max(rowid) FROM applications").fetchone()[0]
    db.close()
    return table, rows, indexes, columns, count, last


def run(source, mode, folder, page_size):
    table, rows_table, indexes, columns, count, last = schema(source)
    path = os.path.join(folder, 'floor.sqlite')
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in (f'page_size = {page_size}', 'journal_mode = WAL', 'synchronous = NORMAL', 'cache_size = -65536',
                   'wal_autocheckpoint = 16384', 'ignore_check_constraints = ON'):
        db.execute('PRAGMA ' + pragma)
    db.execute(table)
    db.execute(rows_table)
    db.execute("ATTACH ? AS source", (source,))
    names = ', '.join(columns)
    partition = "'year:' || birth_year"
    start = time.process_time()
    wall = time.monotonic()
    if mode == 'narrow':
        db.execute("CREATE TABLE queue_rows (id TEXT NOT NULL, partition TEXT NOT NULL, version INTEGER NOT NULL,"
                   " birth_year INTEGER NOT NULL, right_rank INTEGER NOT NULL, category INTEGER NOT NULL,"
                   " filed_at INTEGER NOT NULL, registration_sequence INTEGER NOT NULL, status TEXT NOT NULL,"
                   " queue_sequence INTEGER GENERATED ALWAYS AS (CASE WHEN registration_sequence > 0"
                   " THEN registration_sequence ELSE 9223372036854775807 END) VIRTUAL,"
                   " queue_band INTEGER, queue_slot INTEGER, row_seal BLOB)")
        for first in range(0, last + 1, PAGE):
            db.execute('BEGIN')
            db.execute(f"INSERT INTO queue_rows (id, partition, version, birth_year, right_rank, category, filed_at,"
                       f" registration_sequence, status, row_seal) SELECT id, {partition}, 1, birth_year, right_rank,"
                       " category, filed_at, registration_sequence, status, row_seal FROM source.applications"
                       " WHERE rowid > ? AND rowid <= ?", (first, first + PAGE))
            db.execute('COMMIT')
        indexes = ["CREATE UNIQUE INDEX queue_rows_id ON queue_rows (id)"] + [
            i.replace(' ON applications', ' ON queue_rows').replace('INDEX applications_', 'INDEX queue_rows_')
            for i in indexes if any(n in i for n in ('applications_side ', 'applications_queue_key ',
                                                     'applications_queued '))]
    elif mode in ('pages', 'one'):
        step = PAGE if mode == 'pages' else last + 1
        for first in range(0, last + 1, step):
            db.execute('BEGIN')
            db.execute(f"INSERT INTO sync_rows SELECT {partition}, id, 'application', 1 FROM source.applications"
                       " WHERE rowid > ? AND rowid <= ?", (first, first + step))
            db.execute(f"INSERT INTO applications ({names}) SELECT {names} FROM source.applications"
                       " WHERE rowid > ? AND rowid <= ?", (first, first + step))
            db.execute('COMMIT')
    else:
        staged = ', '.join('s_' + c for c in columns)
        db.execute(f"CREATE TABLE staged (seq INTEGER PRIMARY KEY, {staged})")
        for first in range(0, last + 1, PAGE):
            db.execute('BEGIN')
            db.execute(f"INSERT INTO staged ({staged}) SELECT {names} FROM source.applications"
                       " WHERE rowid > ? AND rowid <= ?", (first, first + PAGE))
            db.execute('COMMIT')
        db.execute('BEGIN')
        db.execute(f"INSERT INTO sync_rows SELECT 'year:' || s_birth_year, s_id, 'application', 1 FROM staged"
                   " ORDER BY 1, 2")
        db.execute(f"INSERT INTO applications ({names}) SELECT {staged} FROM staged ORDER BY s_id")
        db.execute('DROP TABLE staged')
        db.execute('COMMIT')
    rows_cpu = time.process_time() - start
    db.execute('BEGIN')
    for index in indexes:
        db.execute(index)
    db.execute('COMMIT')
    total_cpu = time.process_time() - start
    total_wall = time.monotonic() - wall
    written = db.execute("SELECT count(*) FROM " + ('queue_rows' if mode == 'narrow' else 'applications')).fetchone()[0]
    db.close()
    if written != count:
        sys.exit(f"sync_floor: {written} rows written, the source holds {count}")
    return count, rows_cpu, total_cpu - rows_cpu, total_cpu, total_wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('store')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--modes', default='pages,one,sorted')
    parser.add_argument('--page-sizes', default='4096')
    arguments = parser.parse_args()
    print(f"SQLite {sqlite3.sqlite_version}, source {arguments.store}")
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(arguments.store))) as folder:
        results = {(mode, int(size)): [] for mode in arguments.modes.split(',')
                   for size in arguments.page_sizes.split(',')}
        for number in range(arguments.runs):
            for mode, size in results:  # alternating, so a slow moment of the machine is shared
                count, rows, index, total, wall = run(arguments.store, mode, folder, size)
                results[(mode, size)].append(total)
                print(f"run {number + 1} {mode} pages of {size}: {count} records; rows CPU {rows:.2f} s,"
                      f" index build CPU {index:.2f} s, total CPU {total:.2f} s (wall {wall:.2f} s)"
                      f" = {count / total:,.0f} records/s", flush=True)
        for (mode, size), totals in results.items():
            median = statistics.median(totals)
            print(f"median {mode} pages of {size}: total CPU {median:.2f} s = {count / median:,.0f} records/s")


if __name__ == '__main__':
    main()
