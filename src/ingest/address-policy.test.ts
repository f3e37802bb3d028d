import { describe, expect, it } from 'vitest';
import { isForbiddenAddress } from './address-policy.js';

describe('isForbiddenAddress', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['::1', true], ['fe80::1', true], ['fd00::1', true],
    ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['64:ff9b::10.0.0.1', true], ['not an ip', true],
    // 6to4 relays, NAT64 and IPv4-compatible forms written in hex reach the IPv4 address inside.
    ['192.88.99.1', true], ['64:ff9b::7f00:1', true], ['::7f00:1', true], ['64:ff9b::a00:1', true], ['64:ff9b:1::a9fe:a9fe', true],
    ['2002:7f00:1::', true], ['2002:c0a8:101::1', true], ['::ffff:a9fe:a9fe', true], ['fec0::1', true], ['1:2:3', true],
    ['64:ff9b::5db8:d822', false], ['2002:5db8:d822::1', false],
    ['93.184.216.34', false], ['8.8.8.8', false], ['2606:4700::1111', false], ['172.32.0.1', false],
  ])('%s → %s', (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });
});
