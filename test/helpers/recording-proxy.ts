/**
 * A proxy that forwards nothing and records everything: the browser is pointed at it for all outside
 * traffic (plain HTTP requests and HTTPS/WebSocket CONNECT tunnels), so any request that would leave the
 * machine shows up in `seen`, whoever made it (page, extension page, background, the browser itself).
 * Local addresses (localhost, 127.0.0.1) bypass the proxy, as the browser's defaults say.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  server: Server;
  port: number;
  /** "GET http://host/path" or "CONNECT host:443", in arrival order. */
  seen: string[];
  close(): Promise<void>;
}

export function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.on('error', () => undefined);
    socket.destroy();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        port,
        seen,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

/** Firefox preferences that send all non-local traffic of the whole browser to the proxy. */
export function firefoxProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    // No DNS of its own (prefetch, DNS over HTTPS) that would go around the proxy.
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
  };
}
