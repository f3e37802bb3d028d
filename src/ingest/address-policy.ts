// Which network addresses a fetched URL may reach: never private, loopback, link-local or reserved ones unless allowed.
import { BlockList, isIP } from 'node:net';

/** Ranges an article URL must not reach: internal services, cloud metadata endpoints, the machine itself. */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64]] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv6');
}

/**
 * IPv6 forms that carry an IPv4 address a packet may end up at, as [prefix groups, index of the group where the IPv4
 * address starts]. Whatever the notation (dotted or hex), the embedded address is checked like a plain IPv4 one.
 */
const EMBEDS_IPV4: { prefix: number[]; at: number; why: string }[] = [
  { prefix: [0, 0, 0, 0, 0, 0xffff], at: 6, why: 'IPv4-mapped (::ffff:a.b.c.d)' },
  { prefix: [0, 0, 0, 0, 0, 0], at: 6, why: 'IPv4-compatible (::a.b.c.d, deprecated but still routed by some stacks)' },
  { prefix: [0x64, 0xff9b, 0, 0, 0, 0], at: 6, why: 'NAT64 well-known prefix (RFC 6052)' },
  { prefix: [0x64, 0xff9b, 1], at: 6, why: 'NAT64 local-use prefix (RFC 8215)' },
  { prefix: [0x2002], at: 1, why: '6to4 (RFC 3056): the IPv4 address follows the prefix' },
];

/** The eight 16-bit groups of an IPv6 address (dotted IPv4 tails and `::` expanded), or undefined when malformed. */
export function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const b = dotted.slice(1).map(Number);
    if (b.some((x) => x > 255)) return undefined;
    text = text.slice(0, dotted.index) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const words = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (words.some((w) => !/^[0-9a-f]{1,4}$/.test(w))) return undefined;
  return words.map((w) => parseInt(w, 16));
}

/** True for addresses in private, loopback, link-local, multicast, documentation or reserved ranges. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(address);
  if (!groups) return true;
  for (const { prefix, at } of EMBEDS_IPV4) {
    if (!prefix.every((g, i) => groups[i] === g)) continue;
    // `::` and `::1` themselves are IPv6's own unspecified and loopback addresses (blocked below either way).
    const hi = groups[at]!;
    const lo = groups[at + 1]!;
    if (BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4')) return true;
  }
  return BLOCKED.check(address, 'ipv6');
}
