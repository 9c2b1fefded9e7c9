#!/usr/bin/env python3
"""A first download with a history: the pages bench/sync_first.sh saved, with later versions of rows.

    bench/sync_history_pages.py PAGES_DIR OUT_DIR [--per-page 1500] [--seed 7]

The server's change log keeps every version of a row, so a region's first download carries a row
once per change (a registration, then its direction, ...). The demo region has none of that. This
writes the same pages to OUT_DIR with, from the second page on, --per-page later versions of rows
of earlier pages mixed among each page's changes (version + 1, status direction_issued; each row
at most once), every change renumbered in order, each page's cursor and the head moved to match,
and the checkpoints left out (they no longer describe the pages). For bench_sync_apply --pages
OUT_DIR (docs/performance.md, "Version rows staged").
"""
import argparse
import glob
import json
import os
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('pages')
    parser.add_argument('out')
    parser.add_argument('--per-page', type=int, default=1500)
    parser.add_argument('--seed', type=int, default=7)
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    os.makedirs(arguments.out, exist_ok=True)
    files = sorted(glob.glob(os.path.join(arguments.pages, 'page-*.json')))
    if not files:
        raise SystemExit(f'sync_history_pages: no page-*.json in {arguments.pages}')
    earlier = []  # rows of earlier pages not given a later version yet
    pages = []
    added = 0
    for number, path in enumerate(files):
        with open(path, encoding='utf-8') as f:
            page = json.load(f)
        changes = page['changes']
        later = []
        if number > 0:
            for index in sorted(random.sample(range(len(earlier)), min(arguments.per_page, len(earlier))), reverse=True):
                change = json.loads(json.dumps(earlier.pop(index)))
                change['version'] += 1
                change['data']['status'] = 'direction_issued'
                later.append(change)
        earlier.extend(c for c in changes if c['entity'] == 'application' and c['partition'].startswith('year:')
                       and not c['deleted'])
        mixed = []
        step = max(1, len(changes) // max(1, len(later)))
        for index, change in enumerate(changes):
            mixed.append(change)
            if index % step == 0 and later:
                mixed.append(later.pop())
        mixed.extend(later)
        added += len(mixed) - len(changes)
        page['changes'] = mixed
        page['checkpoints'] = []
        pages.append((os.path.basename(path), page))
    seq = 0
    for _, page in pages:
        for change in page['changes']:
            seq += 1
            change['seq'] = seq
        page['cursor'] = page['cursor'].split(':')[0] + ':' + str(seq)
    for name, page in pages:
        page['head'] = seq
        with open(os.path.join(arguments.out, name), 'w', encoding='utf-8') as f:
            json.dump(page, f, separators=(',', ':'), ensure_ascii=False)
    print(f'{len(pages)} pages, {seq} changes, {added} of them later versions')


if __name__ == '__main__':
    main()
