import { isLoopbackUrl } from '../../src/services/local-process.js';

describe('isLoopbackUrl (where the project may start an engine)', () => {
  it('accepts the loopback in every scheme the config allows', () => {
    expect(['bolt://127.0.0.1:7687', 'neo4j://localhost:7687', 'http://127.0.0.1:7700', 'http://localhost:7700'].map(isLoopbackUrl)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('accepts the IPv6 loopback for Neo4j too (its check compared against "::1", which a URL never yields)', () => {
    expect([isLoopbackUrl('bolt://[::1]:7687'), isLoopbackUrl('http://[::1]:7700')]).toEqual([true, true]);
  });

  it('refuses any other host', () => {
    expect(['bolt://10.0.0.5:7687', 'neo4j+s://db.example.org', 'http://127.0.0.2:7700', 'http://localhost.example.org'].map(isLoopbackUrl)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
