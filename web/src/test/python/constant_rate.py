"""Open-loop load at a constant request rate, for bench-load (issue 22).

Request i is due at start + i / rate whatever happened to the earlier ones (an open loop: a slow server does
not slow the sender down, so queueing shows up in the latency instead of lowering the rate, unlike a closed
loop of N clients). Its latency is measured from the moment it was due, not from when a connection became
free, so time spent waiting for a connection counts too (no coordinated omission). HTTP/1.1 keep-alive over
asyncio streams, a new connection whenever none is idle, up to --connections.

Usage: constant_rate.py --url http://localhost:PORT/path --rate 200 --seconds 20 [--method POST --body FILE]
(--url repeated: the requests go round-robin to each, as a load balancer in front of several instances sends them)
       [--header 'Authorization: Bearer …'] [--connections 512] [--timeout 30]
Prints one JSON line: rate asked, requests sent, served per second, p50/p99/max in ms, errors by kind.
"""
import argparse
import asyncio
import json
import time
import urllib.parse


class Connection:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer


async def read_response(reader):
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError('closed')
    status = int(status_line.split()[1])
    length, chunked, close = None, False, False
    while True:
        line = await reader.readline()
        if line in (b'\r\n', b'\n', b''):
            break
        name, _, value = line.decode('latin-1').partition(':')
        name, value = name.strip().lower(), value.strip().lower()
        if name == 'content-length':
            length = int(value)
        elif name == 'transfer-encoding' and 'chunked' in value:
            chunked = True
        elif name == 'connection' and value == 'close':
            close = True
    if chunked:
        while True:
            size = int((await reader.readline()).split(b';')[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status, close


async def main():
    p = argparse.ArgumentParser()
    p.add_argument('--url', required=True, action='append')
    p.add_argument('--rate', type=float, required=True, help='requests per second')
    p.add_argument('--seconds', type=float, default=20)
    p.add_argument('--method', default='GET')
    p.add_argument('--body')
    p.add_argument('--header', action='append', default=[])
    p.add_argument('--connections', type=int, default=512)
    p.add_argument('--timeout', type=float, default=30, help='seconds before a request counts as an error')
    a = p.parse_args()
    urls = [urllib.parse.urlsplit(u) for u in a.url]
    body = open(a.body, 'rb').read() if a.body else b''

    def request_for(url):
        head = [f'{a.method} {url.path}{"?" + url.query if url.query else ""} HTTP/1.1', f'Host: {url.netloc}',
                'Connection: keep-alive', f'Content-Length: {len(body)}'] + a.header
        if body:
            head.append('Content-Type: application/json')
        return ('\r\n'.join(head) + '\r\n\r\n').encode() + body

    requests = [request_for(url) for url in urls]
    idles, opened = [[] for _ in urls], [0]
    slots = asyncio.Semaphore(a.connections)
    latencies, errors = [], {}

    async def one(due, target):
        url, request, idle = urls[target], requests[target], idles[target]
        async with slots:
            conn = idle.pop() if idle else None
            try:
                if conn is None:
                    opened[0] += 1
                    conn = Connection(*await asyncio.open_connection(url.hostname, url.port))
                conn.writer.write(request)
                status, close = await asyncio.wait_for(read_response(conn.reader), a.timeout)
                latencies.append(time.perf_counter() - due)
                if status >= 400:
                    errors[str(status)] = errors.get(str(status), 0) + 1
                if close:
                    conn.writer.close()
                else:
                    idle.append(conn)
            except Exception as ex:  # a refused, reset or timed-out request is an error of its kind
                kind = type(ex).__name__
                errors[kind] = errors.get(kind, 0) + 1
                if conn is not None:
                    conn.writer.close()

    total = int(a.rate * a.seconds)
    start = time.perf_counter()
    tasks = []
    for i in range(total):
        due = start + i / a.rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due, i % len(urls))))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    latencies.sort()
    ok = len(latencies) - sum(v for k, v in errors.items() if k.isdigit())

    def pct(q):
        return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1) if latencies else None

    print(json.dumps({'rate': a.rate, 'sent': total, 'seconds': round(elapsed, 1),
                      'served_per_s': round(ok / elapsed, 1), 'p50_ms': pct(0.50), 'p99_ms': pct(0.99),
                      'max_ms': round(latencies[-1] * 1000, 1) if latencies else None,
                      'errors': sum(errors.values()), 'error_kinds': errors, 'connections_opened': opened[0]}))


asyncio.run(main())
