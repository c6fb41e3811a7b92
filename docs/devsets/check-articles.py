#!/usr/bin/env python3
"""Checks a rebuilt development set against its gold before any run of Tilik.

    docs/devsets/check-articles.py [set...]      (default: every set folder here)

For each set: the files SOURCES.md lists and gold.json names that are missing from <set>/articles/, files
whose header block lacks source:/url:/lang:, and every gold statement or boilerplate `match` not found in its
file (white space collapsed, typographic quotes made plain, as `tilik eval` compares). Exit 1 when anything is
missing, so a rebuild is known whole before a figure is read off it.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTES = str.maketrans({'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
                        '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'"})


def collapse(s):
    return re.sub(r'\s+', ' ', s.translate(QUOTES).replace('\u00A0', ' ')).strip()


def listed(sources):
    names = []
    for line in open(sources, encoding='utf-8'):
        m = re.match(r'^\|\s*`?(\d{3}_[^|`]+\.txt)`?\s*\|', line)
        if m:
            names.append(m.group(1).strip())
    return names


def check(name):
    folder = os.path.join(HERE, name)
    arts = os.path.join(folder, 'articles')
    gold = json.load(open(os.path.join(folder, 'gold.json'), encoding='utf-8'))
    wanted = set(listed(os.path.join(folder, 'SOURCES.md'))) | set(gold['articles'])
    problems, matched, total = [], 0, 0
    for f in sorted(wanted):
        p = os.path.join(arts, f)
        if not os.path.isfile(p):
            problems.append(f'{f}: missing')
            continue
        text = open(p, encoding='utf-8').read()
        head = text.split('\n\n', 1)[0]
        for key in ('source:', 'url:', 'lang:'):
            if key not in head:
                problems.append(f'{f}: header has no {key}')
        body = collapse(text)
        entry = gold['articles'].get(f, {})
        for s in entry.get('statements', []):
            total += 1
            if collapse(s['match']) in body:
                matched += 1
            else:
                problems.append(f"{f}: {s['id']} not found: {s['match']!r}")
        for b in entry.get('boilerplate', []):
            total += 1
            if collapse(b) in body:
                matched += 1
            else:
                problems.append(f'{f}: boilerplate not found: {b!r}')
    print(f'{name}: {len(wanted)} files, {matched}/{total} gold fragments found, {len(problems)} problems')
    for p in problems:
        print('  ' + p)
    return not problems


def main():
    sets = sys.argv[1:] or sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, 'gold.json')))
    ok = all([check(s) for s in sets])
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
